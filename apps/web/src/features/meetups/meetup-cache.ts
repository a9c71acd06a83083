import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { QueryClient } from '@tanstack/react-query';

// Every meetup write answers with the meetup as it now is: it goes straight onto its page.
// Lists and series show a summary of it (seats taken, your answer, what is upcoming, whether a
// series is due), which the server derives; those are fetched again rather than patched here.

export const meetupKey = (id: string) => ['meetups', 'detail', id] as const;
export const meetupListsKey = ['meetups', 'list'] as const;
export const seriesKey = (id: string) => ['meetups', 'series', 'detail', id] as const;
export const seriesAllKey = ['meetups', 'series'] as const;

export function storeMeetup(queryClient: QueryClient, meetup: MeetupDetail) {
  queryClient.setQueryData(meetupKey(meetup.id), meetup);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: meetupListsKey }),
    queryClient.invalidateQueries({ queryKey: seriesAllKey }),
  ]);
}
