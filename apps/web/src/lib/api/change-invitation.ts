import type { Invitation } from '@praxis/contracts/invitations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';
import { invitationsKey } from './list-invitations.ts';

// Shared by the cohort's invitation page and the Invitations page: the same two actions, the
// same rules on the server, and both lists refreshed whichever page acted.

/** Resend (a new e-mail with a new link) or revoke (the link stops working) an invitation. */
export const changeInvitation = ({ id, action }: { id: string; action: 'resend' | 'revoke' }) =>
  apiRequest<Invitation>('POST', `/api/invitations/${id}/${action}`);

export function useChangeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
