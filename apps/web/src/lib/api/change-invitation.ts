import type { Invitation } from '@praxis/contracts/invitations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Resend (a new e-mail with a new link) or revoke (the link stops working) an invitation. */
export const changeInvitation = ({ id, action }: { id: string; action: 'resend' | 'revoke' }) =>
  apiRequest<Invitation>('POST', `/api/invitations/${id}/${action}`);

export function useChangeInvitation(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeInvitation,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId, 'invitations'] }),
  });
}
