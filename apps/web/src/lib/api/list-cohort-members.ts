import type { DirectoryPage } from '@praxis/contracts/directory';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// A cohort's page and the welcome page of a new member both list its people: one query key.

/** A cohort's members come from the directory, filtered by the cohort. */
export const listCohortMembers = (cohortId: string, cursor: string | null) =>
  apiRequest<DirectoryPage>(
    'GET',
    `/api/members?cohort=${cohortId}&limit=48${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const cohortMembersQueryOptions = (cohortId: string) =>
  infiniteQueryOptions({
    queryKey: ['cohorts', cohortId, 'members'],
    queryFn: ({ pageParam }) => listCohortMembers(cohortId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useCohortMembers(cohortId: string) {
  return useInfiniteQuery(cohortMembersQueryOptions(cohortId));
}
