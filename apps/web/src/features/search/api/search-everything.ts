import type { EverythingResults } from '@praxis/contracts/search';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { SEARCH_MIN_LENGTH } from './search-threads.ts';

/** A few of the best people, threads, meetups and chat messages for the words. */
export function searchEverything(q: string, limit: number) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return apiRequest<EverythingResults>('GET', `/api/search/everything?${params}`);
}

export const everythingQueryOptions = (q: string, limit = 5) =>
  queryOptions({
    queryKey: ['search', 'everything', q, limit],
    queryFn: () => searchEverything(q, limit),
    enabled: q.trim().length >= SEARCH_MIN_LENGTH,
    staleTime: 30_000,
  });

export function useEverything(q: string, limit = 5) {
  return useQuery({ ...everythingQueryOptions(q, limit), placeholderData: keepPreviousData });
}
