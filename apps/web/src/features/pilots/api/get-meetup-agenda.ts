import type { MeetupDetail } from '@praxis/contracts/meetups';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** A meetup's contributions, to pick the one a pilot links to. */
export const getMeetupAgenda = (meetupId: string) =>
  apiRequest<MeetupDetail>('GET', `/api/meetups/${meetupId}`).then((meetup) => ({
    title: meetup.title,
    agenda: meetup.agenda.filter((item) => item.status !== 'declined'),
  }));

export function useMeetupAgenda(meetupId: string | null) {
  return useQuery({
    ...queryOptions({
      queryKey: ['pilots', 'meetup-agenda', meetupId],
      queryFn: () => getMeetupAgenda(meetupId ?? ''),
    }),
    enabled: Boolean(meetupId),
  });
}
