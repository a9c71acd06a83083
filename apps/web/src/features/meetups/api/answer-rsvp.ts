import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

export type RsvpChoice = 'going' | 'maybe' | 'not_going';

/** "Going" when every seat is taken comes back as "waitlisted". */
export const answerRsvp = ({ id, status }: { id: string; status: RsvpChoice }) =>
  apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/rsvp`, { status });

export function useAnswerRsvp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerRsvp,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
