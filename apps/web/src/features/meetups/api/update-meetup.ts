import type { MeetupDetail, MeetupUpdateBody } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** Change the details of a meetup; `when` moves a scheduled one, and its attendees are told. */
export const updateMeetup = ({ id, ...change }: MeetupUpdateBody & { id: string }) =>
  apiRequest<MeetupDetail>('PATCH', `/api/meetups/${id}`, change);

export function useUpdateMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeetup,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
