import type { AccountDeletion, MemberDeletionBody } from '@praxis/contracts/data-rights';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const deleteMember = ({ handle, ...body }: MemberDeletionBody & { handle: string }) =>
  apiRequest<AccountDeletion>('POST', `/api/members/${encodeURIComponent(handle)}/deletion`, body);

export function useDeleteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['members'] }),
  });
}
