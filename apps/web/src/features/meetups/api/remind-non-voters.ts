import type { MeetupDetail } from '@praxis/contracts/meetups';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeMeetup } from '../meetup-cache.ts';

/** Reminds the invitees who have not voted; refused (409) within a day of the last reminder. */
export const remindNonVoters = ({ id }: { id: string }) =>
  apiRequest<MeetupDetail>('POST', `/api/meetups/${id}/poll-reminder`);

export function useRemindNonVoters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindNonVoters,
    onSuccess: (meetup) => storeMeetup(queryClient, meetup),
  });
}
