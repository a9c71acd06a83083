import type { CheckInLink } from '@praxis/contracts/meetup-check-ins';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const checkInLinkKey = (meetupId: string) => ['meetups', 'check-in-link', meetupId] as const;

/** The venue's check-in link, made the first time an organiser asks for it. */
export const getCheckInLink = (meetupId: string) =>
  apiRequest<CheckInLink>('GET', `/api/meetups/${meetupId}/check-in-link`);

export const checkInLinkQueryOptions = (meetupId: string) =>
  queryOptions({ queryKey: checkInLinkKey(meetupId), queryFn: () => getCheckInLink(meetupId) });

export function useCheckInLink(meetupId: string) {
  return useQuery(checkInLinkQueryOptions(meetupId));
}
