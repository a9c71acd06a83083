import type { InviteeListCheck } from '@praxis/contracts/invitations';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const checkInvitees = ({ cohortId, text }: { cohortId: string; text: string }) =>
  apiRequest<InviteeListCheck>('POST', `/api/cohorts/${cohortId}/invitations/check`, { text });

export function useCheckInvitees() {
  return useMutation({ mutationFn: checkInvitees });
}
