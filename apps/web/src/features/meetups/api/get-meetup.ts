import type { MeetupDetail } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { meetupKey } from '../meetup-cache.ts';

export const getMeetup = (id: string) => apiRequest<MeetupDetail>('GET', `/api/meetups/${id}`);

export const meetupQueryOptions = (id: string) =>
  queryOptions({ queryKey: meetupKey(id), queryFn: () => getMeetup(id) });

export function useMeetup(id: string) {
  return useQuery(meetupQueryOptions(id));
}
