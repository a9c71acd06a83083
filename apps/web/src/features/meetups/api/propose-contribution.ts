import type { AgendaProposalBody, MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** A member offers a contribution to the agenda; the organisers accept or decline it. */
export const proposeContribution = ({ id, ...proposal }: AgendaProposalBody & { id: string }) =>
  apiRequest<MeetupDetail>('POST', `/api/meetups/${id}/agenda`, proposal);

export function useProposeContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeContribution,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
