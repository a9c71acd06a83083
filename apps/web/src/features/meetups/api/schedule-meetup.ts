import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** Picks the date: the poll closes, the meetup is scheduled and the invitees are told. */
export const scheduleMeetup = ({ id, slotId }: { id: string; slotId: string }) =>
  apiRequest<MeetupDetail>('POST', `/api/meetups/${id}/schedule`, { slotId });

export function useScheduleMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scheduleMeetup,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
