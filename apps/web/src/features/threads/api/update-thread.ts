import type { ThreadDetail, ThreadUpdateBody } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeThread } from '../thread-cache.ts';

export const updateThread = ({ id, ...input }: ThreadUpdateBody & { id: string }) =>
  apiRequest<ThreadDetail>('PATCH', `/api/threads/${id}`, input);

export function useUpdateThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateThread,
    onSuccess: (thread) => storeThread(queryClient, thread),
  });
}
