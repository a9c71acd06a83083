import type { ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeThread, updateReplies } from '../thread-cache.ts';

/** Accept a reply as the answer to a question, or none (replyId null) to reopen it. */
export const acceptAnswer = ({ threadId, replyId }: { threadId: string; replyId: string | null }) =>
  apiRequest<ThreadDetail>('PUT', `/api/threads/${threadId}/accepted`, { replyId });

export function useAcceptAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptAnswer,
    onSuccess: (thread) => {
      storeThread(queryClient, thread);
      updateReplies(queryClient, thread.id, (reply) => ({
        ...reply,
        accepted: reply.id === thread.acceptedReplyId,
      }));
    },
  });
}
