import type { ThreadDetail } from '@praxis/contracts/threads';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeThread, threadKey } from '../thread-cache.ts';

/** Opening a thread marks it read for the viewer, on the server. */
export const getThread = (id: string) => apiRequest<ThreadDetail>('GET', `/api/threads/${id}`);

export const threadQueryOptions = (id: string) =>
  queryOptions({ queryKey: threadKey(id), queryFn: () => getThread(id) });

export function useThread(id: string) {
  const queryClient = useQueryClient();
  const thread = useQuery(threadQueryOptions(id));
  // The server has marked it read, and the notifications about it: the lists in the cache
  // should no longer show it in bold, nor the bell count them.
  // Once per opened thread: later writes store their own result (storeThread) themselves.
  const loaded = thread.isSuccess;
  // biome-ignore lint/correctness/useExhaustiveDependencies: thread.data is read when it arrives, not on every later change.
  useEffect(() => {
    if (!loaded || !thread.data) return;
    storeThread(queryClient, thread.data);
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  }, [queryClient, id, loaded]);
  return thread;
}
