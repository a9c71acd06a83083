import type { Reply, ReplyPage, ThreadDetail, ThreadPage } from '@praxis/contracts/threads';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';

// A write answers with the new state of what it changed; these put that state in every cached
// place that shows it, so the page and the lists agree without asking the server again.

export const threadKey = (id: string) => ['threads', 'detail', id] as const;
export const repliesKey = (id: string) => ['threads', 'detail', id, 'replies'] as const;
export const advisersKey = (id: string) => ['threads', 'detail', id, 'advisers'] as const;
export const listsKey = ['threads', 'list'] as const;

/** The thread as the server now has it, on its page and in the lists that show it. */
export function storeThread(queryClient: QueryClient, thread: ThreadDetail) {
  queryClient.setQueryData(threadKey(thread.id), thread);
  queryClient.setQueriesData<InfiniteData<ThreadPage>>({ queryKey: listsKey }, (lists) =>
    lists
      ? {
          ...lists,
          pages: lists.pages.map((page) => ({
            ...page,
            threads: page.threads.map((summary) =>
              summary.id === thread.id
                ? {
                    ...summary,
                    title: thread.title,
                    author: thread.author,
                    tags: thread.tags,
                    offRecord: thread.offRecord,
                    solved: thread.solved,
                    pinned: thread.pinned,
                    locked: thread.locked,
                    hidden: thread.hidden,
                    helpfulCount: thread.helpful.count,
                    replyCount: thread.replyCount,
                    unread: false,
                  }
                : summary,
            ),
          })),
        }
      : lists,
  );
}

/** Apply a change to each loaded reply of a thread. */
export function updateReplies(
  queryClient: QueryClient,
  threadId: string,
  change: (reply: Reply) => Reply,
) {
  queryClient.setQueryData<InfiniteData<ReplyPage>>(repliesKey(threadId), (replies) =>
    replies
      ? {
          ...replies,
          pages: replies.pages.map((page) => ({ ...page, replies: page.replies.map(change) })),
        }
      : replies,
  );
}

export function storeReply(queryClient: QueryClient, reply: Reply) {
  updateReplies(queryClient, reply.threadId, (existing) =>
    existing.id === reply.id ? reply : existing,
  );
}

/**
 * A new reply goes after the last one loaded. When more pages wait behind "Show more", it will
 * come again with them; the list shows each reply once.
 */
export function appendReply(queryClient: QueryClient, reply: Reply) {
  queryClient.setQueryData<InfiniteData<ReplyPage>>(repliesKey(reply.threadId), (replies) => {
    if (!replies) return replies;
    const pages = [...replies.pages];
    const last = pages.at(-1);
    if (last) pages[pages.length - 1] = { ...last, replies: [...last.replies, reply] };
    return { ...replies, pages };
  });
}
