import type { HelpfulState, ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeThread, threadKey, updateReplies } from '../thread-cache.ts';

interface HelpfulChange {
  threadId: string;
  /** Null: the opening post. */
  replyId: string | null;
  helpful: boolean;
}

export const markHelpful = ({ threadId, replyId, helpful }: HelpfulChange) =>
  apiRequest<HelpfulState>('PUT', `/api/threads/${threadId}/helpful`, { helpful, replyId });

export function useMarkHelpful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markHelpful,
    onSuccess: (helpful, { threadId, replyId }) => {
      if (replyId) {
        updateReplies(queryClient, threadId, (reply) =>
          reply.id === replyId ? { ...reply, helpful } : reply,
        );
        return;
      }
      const thread = queryClient.getQueryData<ThreadDetail>(threadKey(threadId));
      if (thread) {
        storeThread(queryClient, { ...thread, helpful, helpfulCount: helpful.count });
      }
    },
  });
}
