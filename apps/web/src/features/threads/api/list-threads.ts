import type { ThreadListQuery, ThreadPage } from '@praxis/contracts/threads';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The view and filters of the thread list, spelled as the URL and the API spell them. */
export type ThreadFilters = Omit<ThreadListQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 25;

export function listThreads(filters: ThreadFilters, cursor: string | null) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, String(value));
  }
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(PAGE_SIZE));
  return apiRequest<ThreadPage>('GET', `/api/threads?${params}`);
}

export const threadListQueryOptions = (filters: ThreadFilters) =>
  infiniteQueryOptions({
    queryKey: ['threads', 'list', filters],
    queryFn: ({ pageParam }) => listThreads(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useThreadList(filters: ThreadFilters) {
  // The last list stays on screen while another tab or filter loads, so the page does not jump.
  return useInfiniteQuery({
    ...threadListQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}
