import type { SinceLastExchange } from '@praxis/contracts/pilot-updates';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

/** Pilot updates, stage changes and lessons from a meetup's cohorts since the series' last one. */
export const getSinceLastExchange = (meetupId: string) =>
  apiRequest<SinceLastExchange>('GET', `/api/meetups/${meetupId}/since-last-exchange`);

export const sinceLastExchangeQueryOptions = (meetupId: string) =>
  queryOptions({
    queryKey: ['pilots', 'since', meetupId],
    queryFn: () => getSinceLastExchange(meetupId),
  });

export function useSinceLastExchange(meetupId: string) {
  return useQuery(sinceLastExchangeQueryOptions(meetupId));
}
