import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

export const decideContribution = ({
  id,
  itemId,
  status,
}: {
  id: string;
  itemId: string;
  status: 'accepted' | 'declined';
}) => apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/agenda/${itemId}`, { status });

export function useDecideContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideContribution,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
