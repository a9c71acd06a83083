import type { MemberProfile } from '@praxis/contracts/profiles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { memberQueryOptions } from './get-member.ts';

export const setMemberActive = ({
  handle,
  active,
  reason,
}: {
  handle: string;
  active: boolean;
  reason?: string;
}) =>
  apiRequest<MemberProfile>(
    'POST',
    `/api/members/${encodeURIComponent(handle)}/${active ? 'reactivate' : 'deactivate'}`,
    reason ? { reason } : undefined,
  );

export function useSetMemberActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMemberActive,
    onSuccess: (profile, { handle }) => {
      queryClient.setQueryData(memberQueryOptions(handle).queryKey, profile);
      queryClient.invalidateQueries({ queryKey: ['members', 'directory'] });
    },
  });
}
