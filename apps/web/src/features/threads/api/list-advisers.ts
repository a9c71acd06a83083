import type { Advisers } from '@praxis/contracts/advice';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { advisersKey } from '../thread-cache.ts';

/** Members suggested to answer a question, and everyone already asked. */
export const listAdvisers = (threadId: string) =>
  apiRequest<Advisers>('GET', `/api/threads/${threadId}/advisers`);

export const advisersQueryOptions = (threadId: string) =>
  queryOptions({ queryKey: advisersKey(threadId), queryFn: () => listAdvisers(threadId) });

export function useAdvisers(threadId: string, enabled: boolean) {
  return useQuery({ ...advisersQueryOptions(threadId), enabled });
}
