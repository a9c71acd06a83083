import type { Reply, ReplyUpdateBody } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeReply } from '../thread-cache.ts';

export const updateReply = ({
  threadId,
  replyId,
  ...input
}: ReplyUpdateBody & { threadId: string; replyId: string }) =>
  apiRequest<Reply>('PATCH', `/api/threads/${threadId}/replies/${replyId}`, input);

export function useUpdateReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReply,
    onSuccess: (reply) => storeReply(queryClient, reply),
  });
}
