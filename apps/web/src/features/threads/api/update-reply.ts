import type { Reply } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeReply } from '../thread-cache.ts';

export const updateReply = ({
  threadId,
  replyId,
  body,
}: {
  threadId: string;
  replyId: string;
  body: string;
}) => apiRequest<Reply>('PATCH', `/api/threads/${threadId}/replies/${replyId}`, { body });

export function useUpdateReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReply,
    onSuccess: (reply) => storeReply(queryClient, reply),
  });
}
