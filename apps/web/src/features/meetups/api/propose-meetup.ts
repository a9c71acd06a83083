import type { MeetupDetail, ProposeMeetupBody } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** Opens a date poll over 2 to 12 candidate slots. */
export const proposeMeetup = ({ seriesId, ...input }: ProposeMeetupBody & { seriesId: string }) =>
  apiRequest<MeetupDetail>('POST', `/api/meetup-series/${seriesId}/meetups`, input);

export function useProposeMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeMeetup,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
