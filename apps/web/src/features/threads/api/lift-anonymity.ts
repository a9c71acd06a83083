import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { listsKey, repliesKey, storeReply, storeThread } from '../thread-cache.ts';

/** The author puts their name on their anonymous thread, and on their replies in it. */
export const liftThreadAnonymity = (threadId: string) =>
  apiRequest<ThreadDetail>('DELETE', `/api/threads/${threadId}/anonymity`);

/** The author puts their name on one anonymous reply. */
export const liftReplyAnonymity = ({ threadId, replyId }: { threadId: string; replyId: string }) =>
  apiRequest<Reply>('DELETE', `/api/threads/${threadId}/replies/${replyId}/anonymity`);

export function useLiftThreadAnonymity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: liftThreadAnonymity,
    onSuccess: (thread) => {
      storeThread(queryClient, thread);
      // The author's replies in it carry their name now too, and the lists name the author.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: repliesKey(thread.id) }),
        queryClient.invalidateQueries({ queryKey: listsKey }),
      ]);
    },
  });
}

export function useLiftReplyAnonymity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: liftReplyAnonymity,
    onSuccess: (reply) => storeReply(queryClient, reply),
  });
}
