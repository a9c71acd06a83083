import type { DirectoryPage } from '@praxis/contracts/directory';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// Under ['members'], so a changed profile refreshes the people found too; adding someone to a
// cohort invalidates the key, since each person found shows their cohorts.
export const findMembersKey = ['members', 'find'] as const;

/** A few members matching a search, to pick one: for a cohort, or among a series' organisers. */
export const findMembers = (q: string) =>
  apiRequest<DirectoryPage>('GET', `/api/members?limit=8&q=${encodeURIComponent(q)}`);

export const findMembersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...findMembersKey, q],
    queryFn: () => findMembers(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

export function useFindMembers(q: string) {
  return useQuery(findMembersQueryOptions(q));
}
