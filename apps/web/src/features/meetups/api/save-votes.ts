import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { VoteBody } from '@praxis/contracts/meetups-poll';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** The viewer's votes on the dates of an open poll, and their comment; refused (409) once closed. */
export const saveVotes = ({ id, ...body }: VoteBody & { id: string }) =>
  apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/votes`, body);

export function useSaveVotes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveVotes,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
