import type { SeriesList, SeriesSummary } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// The series list is read by the meetups pages and by the home page's reminder for whoever runs
// a series; one query key, so it is fetched once and refreshed for both.

export const seriesListKey = ['meetups', 'series', 'list'] as const;

/** The series the viewer is invited to, each with when its next meetup is due. */
export const listSeries = () => apiRequest<SeriesList>('GET', '/api/meetup-series');

export const seriesListQueryOptions = () =>
  queryOptions({ queryKey: seriesListKey, queryFn: listSeries });

export function useSeriesList() {
  return useQuery(seriesListQueryOptions());
}

/** Series the viewer runs that are due within two months with nothing proposed yet. */
export function dueSeries(series: SeriesSummary[] | undefined): SeriesSummary[] {
  return (series ?? []).filter((one) => one.dueSoon && one.canManage);
}
