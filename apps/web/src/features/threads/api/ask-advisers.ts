import type { Advisers } from '@praxis/contracts/advice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { advisersKey } from '../thread-cache.ts';

/** Each member asked gets a notification with the question. */
export const askAdvisers = ({ threadId, memberIds }: { threadId: string; memberIds: string[] }) =>
  apiRequest<Advisers>('POST', `/api/threads/${threadId}/advice-requests`, { memberIds });

export function useAskAdvisers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: askAdvisers,
    onSuccess: (advisers, { threadId }) =>
      queryClient.setQueryData(advisersKey(threadId), advisers),
  });
}
