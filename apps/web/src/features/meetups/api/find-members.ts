import type { DirectoryPage } from '@praxis/contracts/directory';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** A few members matching a search, to name one among the organisers of a series. */
export const findMembers = (q: string) =>
  apiRequest<DirectoryPage>('GET', `/api/members?limit=8&q=${encodeURIComponent(q)}`);

export const findMembersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['meetups', 'find-members', q],
    queryFn: () => findMembers(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

export function useFindMembers(q: string) {
  return useQuery(findMembersQueryOptions(q));
}
