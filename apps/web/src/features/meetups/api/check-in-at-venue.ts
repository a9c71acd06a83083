import type { VenueCheckIn } from '@praxis/contracts/meetup-check-ins';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { venueCheckInKey } from './get-venue-check-in.ts';

/** Checks the member in; a second time answers `already: true` and changes nothing. */
export const checkInAtVenue = (token: string) =>
  apiRequest<VenueCheckIn>('POST', `/api/check-in/${encodeURIComponent(token)}`);

export function useCheckInAtVenue(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => checkInAtVenue(token),
    onSuccess: (venue) => queryClient.setQueryData(venueCheckInKey(token), venue),
  });
}
