import type { ModerationBody } from '@praxis/contracts/moderation';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { listsKey, storeThread } from '../thread-cache.ts';

/** Pin, lock or hide a thread: organisers and admins only. */
export const moderateThread = ({ id, ...change }: ModerationBody & { id: string }) =>
  apiRequest<ThreadDetail>('PUT', `/api/threads/${id}/moderation`, change);

export function useModerateThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderateThread,
    onSuccess: (thread) => {
      storeThread(queryClient, thread);
      // Pinning moves a thread to the top of the lists; hiding takes it out of members' lists.
      return queryClient.invalidateQueries({ queryKey: listsKey });
    },
  });
}
