import type { Reply } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeReply, threadKey } from '../thread-cache.ts';

/** The reply stays in its place, marked deleted, so replies to it still make sense. */
export const deleteReply = ({ threadId, replyId }: { threadId: string; replyId: string }) =>
  apiRequest<Reply>('DELETE', `/api/threads/${threadId}/replies/${replyId}`);

export function useDeleteReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteReply,
    onSuccess: (reply) => {
      storeReply(queryClient, reply);
      // A deleted answer may no longer be the accepted one.
      return queryClient.invalidateQueries({ queryKey: threadKey(reply.threadId), exact: true });
    },
  });
}
