import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { VoteBody } from '@praxis/contracts/meetups-poll';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** The viewer's votes on the dates of an open poll; refused (409) once the poll is closed. */
export const saveVotes = ({ id, votes }: VoteBody & { id: string }) =>
  apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/votes`, { votes });

export function useSaveVotes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveVotes,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
