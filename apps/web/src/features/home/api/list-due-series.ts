import type { SeriesList } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The meetup series, for the organisers' reminder of which ones are due. */
export const listSeries = () => apiRequest<SeriesList>('GET', '/api/meetup-series');

export const dueSeriesQueryOptions = () =>
  queryOptions({ queryKey: ['meetup-series', 'on-home'], queryFn: listSeries });

export function useDueSeries() {
  const series = useQuery(dueSeriesQueryOptions());
  return (series.data?.series ?? []).filter((one) => one.dueSoon && one.canManage);
}
