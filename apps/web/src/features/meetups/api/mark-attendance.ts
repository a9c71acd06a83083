import type { CheckInRoster } from '@praxis/contracts/meetup-check-ins';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { checkInRosterKey } from './get-check-in-roster.ts';

/** Marks a member present (`present: true`) or takes them off the list; the list comes back. */
export const markAttendance = ({
  meetupId,
  memberId,
  present,
}: {
  meetupId: string;
  memberId: string;
  present: boolean;
}) =>
  apiRequest<CheckInRoster>(
    present ? 'PUT' : 'DELETE',
    `/api/meetups/${meetupId}/check-ins/${memberId}`,
  );

export function useMarkAttendance(meetupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { memberId: string; present: boolean }) =>
      markAttendance({ meetupId, ...input }),
    onSuccess: (roster) => queryClient.setQueryData(checkInRosterKey(meetupId), roster),
  });
}
