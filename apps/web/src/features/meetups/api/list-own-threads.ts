import type { ThreadPage } from '@praxis/contracts/threads';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The viewer's latest threads, to link one (a story, most often) to an agenda contribution. */
export const listOwnThreads = (handle: string) =>
  apiRequest<ThreadPage>(
    'GET',
    `/api/threads?author=${encodeURIComponent(handle)}&view=latest&limit=50`,
  );

export const ownThreadsQueryOptions = (handle: string) =>
  queryOptions({
    // Not under ['threads', 'list']: the threads feature patches those as paged lists.
    queryKey: ['meetups', 'own-threads', handle],
    queryFn: () => listOwnThreads(handle),
  });

export function useOwnThreads(handle: string | undefined) {
  return useQuery({ ...ownThreadsQueryOptions(handle ?? ''), enabled: Boolean(handle) });
}
