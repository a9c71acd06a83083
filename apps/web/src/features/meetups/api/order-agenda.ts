import type { AgendaOrderBody, MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** The accepted contributions in their order, each with its start time (meetup's zone) or none. */
export const orderAgenda = ({ id, items }: AgendaOrderBody & { id: string }) =>
  apiRequest<MeetupDetail>('PUT', `/api/meetups/${id}/agenda-order`, { items });

export function useOrderAgenda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: orderAgenda,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
