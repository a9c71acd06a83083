import type { VenueCheckIn } from '@praxis/contracts/meetup-check-ins';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const venueCheckInKey = (token: string) => ['meetups', 'venue-check-in', token] as const;

/** The meetup a venue link is for, and whether the member can check in now. */
export const getVenueCheckIn = (token: string) =>
  apiRequest<VenueCheckIn>('GET', `/api/check-in/${encodeURIComponent(token)}`);

export const venueCheckInQueryOptions = (token: string) =>
  queryOptions({
    queryKey: venueCheckInKey(token),
    queryFn: () => getVenueCheckIn(token),
    retry: false,
  });

export function useVenueCheckIn(token: string) {
  return useQuery(venueCheckInQueryOptions(token));
}
