import type { MeetupPage } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The soonest upcoming meetups and open date polls, for a line or two on the home page. */
export const getNextMeetup = () =>
  apiRequest<MeetupPage>('GET', '/api/meetups?when=upcoming&limit=5');

export const nextMeetupQueryOptions = () =>
  queryOptions({
    queryKey: ['meetups', 'next-on-home'],
    queryFn: getNextMeetup,
    staleTime: 0,
  });

export function useNextMeetup() {
  return useQuery(nextMeetupQueryOptions());
}
