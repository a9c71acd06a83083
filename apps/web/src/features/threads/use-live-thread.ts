import type { ReplyPage } from '@praxis/contracts/threads';
import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLiveTopic } from '../../lib/realtime.ts';
import { useBatchedRefresh } from '../../lib/use-batched-refresh.ts';
import { repliesKey, threadKey } from './thread-cache.ts';

/**
 * Keeps an open thread live: replies, edits, helpful marks, the accepted answer, locking and
 * hiding appear as they happen. While the reader is writing, others' new replies wait behind a
 * "new replies" bar instead of moving the page under their cursor.
 */
export function useLiveThread(threadId: string, viewerId: string, writing: boolean) {
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState(0);
  const [stale, setStale] = useState(false);

  // The thread's key is the prefix of its replies' and advisers' keys: all of it is read again.
  const refreshAll = useBatchedRefresh(() =>
    queryClient.invalidateQueries({ queryKey: threadKey(threadId) }),
  );
  const refreshThread = useBatchedRefresh(() =>
    queryClient.invalidateQueries({ queryKey: threadKey(threadId), exact: true }),
  );

  const shown = (replyId: string) =>
    queryClient
      .getQueryData<InfiniteData<ReplyPage>>(repliesKey(threadId))
      ?.pages.some((page) => page.replies.some((reply) => reply.id === replyId)) ?? false;

  useLiveTopic(`thread:${threadId}`, (event) => {
    if (!writing) {
      refreshAll();
      return;
    }
    // An anonymous reply's frame names no author, the viewer's own included: theirs is the one
    // already in the list (this tab posted it).
    if (
      event?.name === 'thread.reply_created' &&
      event.authorId !== viewerId &&
      !shown(event.replyId)
    ) {
      setWaiting((count) => count + 1);
    } else if (event === null || event.name === 'thread.reply_changed') {
      // Followed again after a reconnection: what was missed is read once the reader is done.
      setStale(true);
    }
    refreshThread();
  });

  return {
    /** New replies by others not shown yet. */
    waiting,
    /** Replies were edited, deleted or marked helpful since they were shown. */
    stale,
    showWaiting() {
      setWaiting(0);
      setStale(false);
      void queryClient.invalidateQueries({ queryKey: threadKey(threadId) });
    },
  };
}
