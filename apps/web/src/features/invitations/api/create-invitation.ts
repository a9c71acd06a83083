import type { CreatedInvitation, CreateInvitationBody } from '@praxis/contracts/invitations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invitationsKey } from '../../../lib/api/list-invitations.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const createInvitation = (input: CreateInvitationBody) =>
  apiRequest<CreatedInvitation>('POST', '/api/invitations', input);

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
