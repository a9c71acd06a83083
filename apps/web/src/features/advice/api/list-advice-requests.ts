import type { AdviceInbox } from '@praxis/contracts/advice';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const adviceRequestsKey = ['advice', 'requests'] as const;

/** The requests for the member's advice, newest first, a page at a time. */
export const listAdviceRequests = (cursor: string | null) =>
  apiRequest<AdviceInbox>(
    'GET',
    `/api/advice/requests?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const adviceRequestsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: adviceRequestsKey,
    queryFn: ({ pageParam }) => listAdviceRequests(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useAdviceRequests() {
  return useInfiniteQuery(adviceRequestsQueryOptions());
}
