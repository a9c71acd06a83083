import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** Those who said going or maybe, and the waitlist, are told, with the reason. */
export const cancelMeetup = ({ id, reason }: { id: string; reason: string }) =>
  apiRequest<MeetupDetail>('POST', `/api/meetups/${id}/cancel`, { reason });

export function useCancelMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelMeetup,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
