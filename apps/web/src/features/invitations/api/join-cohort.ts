import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** Accept an invitation with the account already signed in: it joins the invitation's cohort. */
export const joinWithInvitation = (token: string) =>
  apiRequest<void>('POST', `/api/invitations/${encodeURIComponent(token)}/join`);

export function useJoinWithInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: joinWithInvitation,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
