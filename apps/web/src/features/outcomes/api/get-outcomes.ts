import type { Outcomes, OutcomesQuery } from '@praxis/contracts/outcomes';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The query string of a request for `query`, its fields in a fixed order. */
export function outcomesSearch(query: OutcomesQuery): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'programme', 'cohort'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export const getOutcomes = (query: OutcomesQuery) =>
  apiRequest<Outcomes>('GET', `/api/outcomes?${outcomesSearch(query)}`);

export const outcomesQueryOptions = (query: OutcomesQuery) =>
  queryOptions({
    queryKey: ['outcomes', outcomesSearch(query)],
    queryFn: () => getOutcomes(query),
    // Figures of the past change slowly; a filter change keeps the last ones shown meanwhile.
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export function useOutcomes(query: OutcomesQuery) {
  return useQuery(outcomesQueryOptions(query));
}
