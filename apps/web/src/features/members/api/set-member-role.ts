import type { Role } from '@praxis/contracts/members';
import type { MemberProfile } from '@praxis/contracts/profiles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { memberQueryOptions } from './get-member.ts';

export const setMemberRole = ({
  handle,
  role,
  reason,
}: {
  handle: string;
  role: Role;
  reason?: string;
}) =>
  apiRequest<MemberProfile>('PUT', `/api/members/${encodeURIComponent(handle)}/role`, {
    role,
    ...(reason ? { reason } : {}),
  });

export function useSetMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMemberRole,
    onSuccess: (profile, { handle }) => {
      queryClient.setQueryData(memberQueryOptions(handle).queryKey, profile);
    },
  });
}
