import type { CheckInRoster } from '@praxis/contracts/meetup-check-ins';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const checkInRosterKey = (meetupId: string) => ['meetups', 'check-ins', meetupId] as const;

/** Who answered and who was there, for the meetup's organisers. */
export const getCheckInRoster = (meetupId: string) =>
  apiRequest<CheckInRoster>('GET', `/api/meetups/${meetupId}/check-ins`);

export const checkInRosterQueryOptions = (meetupId: string) =>
  queryOptions({
    queryKey: checkInRosterKey(meetupId),
    queryFn: () => getCheckInRoster(meetupId),
  });

/** Read only once the page knows the viewer runs the meetup (`enabled`). */
export function useCheckInRoster(meetupId: string, enabled: boolean) {
  return useQuery({ ...checkInRosterQueryOptions(meetupId), enabled });
}
