import type { ThreadPage } from '@praxis/contracts/threads';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The few threads with the most recent activity, for the home page. */
export const listLatestThreads = () =>
  apiRequest<ThreadPage>('GET', '/api/threads?view=latest&limit=5');

export const latestThreadsQueryOptions = () =>
  queryOptions({
    queryKey: ['threads', 'latest-on-home'],
    queryFn: listLatestThreads,
    // Fetched afresh on each visit home: a thread read in between is no longer unread.
    staleTime: 0,
  });

export function useLatestThreads() {
  return useQuery(latestThreadsQueryOptions());
}
