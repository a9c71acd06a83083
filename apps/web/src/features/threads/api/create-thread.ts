import type { NewThreadBody, ThreadDetail } from '@praxis/contracts/threads';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { listsKey, threadKey } from '../thread-cache.ts';

export const createThread = (input: NewThreadBody) =>
  apiRequest<ThreadDetail>('POST', '/api/threads', input);

export function useCreateThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createThread,
    onSuccess: (thread) => {
      queryClient.setQueryData(threadKey(thread.id), thread);
      return queryClient.invalidateQueries({ queryKey: listsKey });
    },
  });
}
