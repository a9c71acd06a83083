import type { SearchPage, SearchQuery } from '@praxis/contracts/search';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** What a person searches for and filters by, as the URL and the API spell it. */
export type SearchFilters = Omit<SearchQuery, 'cursor' | 'limit'>;

/** The API refuses shorter searches; the page says so instead of asking. */
export const SEARCH_MIN_LENGTH = 2;

export function searchThreads(filters: SearchFilters, cursor: string | null) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, String(value));
  }
  if (cursor) params.set('cursor', cursor);
  params.set('limit', '20');
  return apiRequest<SearchPage>('GET', `/api/search?${params}`);
}

export const searchQueryOptions = (filters: SearchFilters) =>
  infiniteQueryOptions({
    queryKey: ['search', filters],
    queryFn: ({ pageParam }) => searchThreads(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: filters.q.trim().length >= SEARCH_MIN_LENGTH,
  });

export function useSearch(filters: SearchFilters) {
  return useInfiniteQuery({ ...searchQueryOptions(filters), placeholderData: keepPreviousData });
}
