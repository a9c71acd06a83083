import type { SessionResponse } from '@praxis/contracts/auth';
import type { AcceptInvitationBody } from '@praxis/contracts/invitations';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSessionMutation } from '../../../lib/session.ts';

export const acceptInvitation = ({ token, ...input }: AcceptInvitationBody & { token: string }) =>
  apiRequest<SessionResponse>(
    'POST',
    `/api/invitations/${encodeURIComponent(token)}/accept`,
    input,
  );

export function useAcceptInvitation() {
  return useSessionMutation(acceptInvitation);
}
