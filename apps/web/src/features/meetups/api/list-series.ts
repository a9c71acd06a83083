import type { SeriesList } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { seriesListKey } from '../meetup-cache.ts';

/** The series the viewer is invited to, each with when its next meetup is due. */
export const listSeries = () => apiRequest<SeriesList>('GET', '/api/meetup-series');

export const seriesListQueryOptions = () =>
  queryOptions({ queryKey: seriesListKey, queryFn: listSeries });

export function useSeriesList() {
  return useQuery(seriesListQueryOptions());
}
