import type { ReplyPage } from '@praxis/contracts/threads';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { repliesKey } from '../thread-cache.ts';

export const listReplies = (threadId: string, cursor: string | null) =>
  apiRequest<ReplyPage>(
    'GET',
    `/api/threads/${threadId}/replies?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const repliesQueryOptions = (threadId: string) =>
  infiniteQueryOptions({
    queryKey: repliesKey(threadId),
    queryFn: ({ pageParam }) => listReplies(threadId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useReplies(threadId: string) {
  return useInfiniteQuery(repliesQueryOptions(threadId));
}
