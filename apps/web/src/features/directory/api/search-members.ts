import type { DirectoryPage, DirectoryQuery } from '@praxis/contracts/directory';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** What a person searches and filters by, exactly as the URL and the API spell it. */
export type DirectoryFilters = Omit<DirectoryQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 24;

export function searchMembers(filters: DirectoryFilters, cursor: string | null) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, String(value));
  }
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(PAGE_SIZE));
  return apiRequest<DirectoryPage>('GET', `/api/members?${params}`);
}

export const directoryQueryOptions = (filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: ['members', 'directory', filters],
    queryFn: ({ pageParam }) => searchMembers(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useDirectory(filters: DirectoryFilters) {
  // The last results stay on screen while the next ones load, so typing does not flicker.
  return useInfiniteQuery({ ...directoryQueryOptions(filters), placeholderData: keepPreviousData });
}
