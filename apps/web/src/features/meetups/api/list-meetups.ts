import type { MeetupPage } from '@praxis/contracts/meetups';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { meetupListsKey } from '../meetup-cache.ts';

export type MeetupWhen = 'upcoming' | 'past';

/** Upcoming meetups and open polls, soonest first; past ones latest first. */
export const listMeetups = (when: MeetupWhen, cursor: string | null) => {
  const params = new URLSearchParams({ when, limit: '20' });
  if (cursor) params.set('cursor', cursor);
  return apiRequest<MeetupPage>('GET', `/api/meetups?${params}`);
};

export const meetupListQueryOptions = (when: MeetupWhen) =>
  infiniteQueryOptions({
    queryKey: [...meetupListsKey, when],
    queryFn: ({ pageParam }) => listMeetups(when, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useMeetupList(when: MeetupWhen) {
  return useInfiniteQuery(meetupListQueryOptions(when));
}
