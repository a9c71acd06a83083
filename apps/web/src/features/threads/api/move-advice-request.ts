import type { AdviceInboxRequest, AdviceRequestStateBody } from '@praxis/contracts/advice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { advisersKey } from '../thread-cache.ts';

/** The asker marks an accepted request done; the adviser hears nothing, and sees it in their list. */
export const moveAdviceRequest = ({
  threadId,
  memberId,
  state,
}: { threadId: string; memberId: string } & AdviceRequestStateBody) =>
  apiRequest<AdviceInboxRequest>(
    'POST',
    `/api/threads/${threadId}/advice-requests/${memberId}/state`,
    { state },
  );

export function useMoveAdviceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveAdviceRequest,
    onSuccess: (_, { threadId }) =>
      queryClient.invalidateQueries({ queryKey: advisersKey(threadId) }),
  });
}
