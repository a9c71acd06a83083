import type { AdviceInboxRequest } from '@praxis/contracts/advice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { advisersKey } from '../thread-cache.ts';

/** The asker's answer to "Did this help?"; a yes counts on the adviser's profile. */
export const thankAdviser = ({
  threadId,
  memberId,
  helped,
}: {
  threadId: string;
  memberId: string;
  helped: boolean;
}) =>
  apiRequest<AdviceInboxRequest>(
    'PUT',
    `/api/threads/${threadId}/advice-requests/${memberId}/thanks`,
    { helped },
  );

export function useThankAdviser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: thankAdviser,
    onSuccess: (_, { threadId }) =>
      queryClient.invalidateQueries({ queryKey: advisersKey(threadId) }),
  });
}
