import { useMutation, useQueryClient } from '@tanstack/react-query';
import { moveAdviceRequest } from '../../../lib/api/move-advice-request.ts';
import { advisersKey } from '../thread-cache.ts';

/** The asker marks an accepted request done; the adviser hears nothing, and sees it in their list. */
export function useMoveAdviceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveAdviceRequest,
    onSuccess: (_, { threadId }) =>
      queryClient.invalidateQueries({ queryKey: advisersKey(threadId) }),
  });
}
