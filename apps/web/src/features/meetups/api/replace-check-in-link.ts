import type { CheckInLink } from '@praxis/contracts/meetup-check-ins';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { checkInLinkKey } from './get-check-in-link.ts';

/** A new link: the old one, and any QR code printed from it, stop working. */
export const replaceCheckInLink = (meetupId: string) =>
  apiRequest<CheckInLink>('POST', `/api/meetups/${meetupId}/check-in-link`);

export function useReplaceCheckInLink(meetupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => replaceCheckInLink(meetupId),
    onSuccess: (link) => queryClient.setQueryData(checkInLinkKey(meetupId), link),
  });
}
