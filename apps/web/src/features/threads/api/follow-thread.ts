import type { ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeThread } from '../thread-cache.ts';

/** Followers are told about every reply. */
export const followThread = ({ threadId, following }: { threadId: string; following: boolean }) =>
  apiRequest<ThreadDetail>('PUT', `/api/threads/${threadId}/following`, { following });

export function useFollowThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followThread,
    onSuccess: (thread) => storeThread(queryClient, thread),
  });
}
