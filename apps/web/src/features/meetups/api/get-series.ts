import type { SeriesDetail } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { seriesKey } from '../meetup-cache.ts';

export const getSeries = (id: string) =>
  apiRequest<SeriesDetail>('GET', `/api/meetup-series/${id}`);

export const seriesQueryOptions = (id: string) =>
  queryOptions({ queryKey: seriesKey(id), queryFn: () => getSeries(id) });

export function useSeries(id: string) {
  return useQuery(seriesQueryOptions(id));
}
