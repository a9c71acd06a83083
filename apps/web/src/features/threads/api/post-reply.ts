import type { Reply, ReplyBody } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { appendReply, listsKey, threadKey } from '../thread-cache.ts';

export const postReply = ({ threadId, ...reply }: ReplyBody & { threadId: string }) =>
  apiRequest<Reply>('POST', `/api/threads/${threadId}/replies`, reply);

export function usePostReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postReply,
    onSuccess: (reply) => {
      appendReply(queryClient, reply);
      // The reply count, the last activity and perhaps "following" changed with it.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: threadKey(reply.threadId), exact: true }),
        queryClient.invalidateQueries({ queryKey: listsKey }),
      ]);
    },
  });
}
