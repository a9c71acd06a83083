import type { MemberAdvice } from '@praxis/contracts/advice';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** How many people said the member's advice helped them. */
export const getMemberAdvice = (memberId: string) =>
  apiRequest<MemberAdvice>('GET', `/api/advice/members/${memberId}`);

export const memberAdviceQueryOptions = (memberId: string) =>
  queryOptions({
    queryKey: ['members', 'advice', memberId],
    queryFn: () => getMemberAdvice(memberId),
  });

export function useMemberAdvice(memberId: string) {
  return useQuery(memberAdviceQueryOptions(memberId));
}
