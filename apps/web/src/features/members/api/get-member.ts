import type { MemberProfile } from '@praxis/contracts/profiles';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const getMember = (handle: string) =>
  apiRequest<MemberProfile>('GET', `/api/members/${encodeURIComponent(handle)}`);

export const memberQueryOptions = (handle: string) =>
  queryOptions({ queryKey: ['members', 'profile', handle], queryFn: () => getMember(handle) });

export function useMember(handle: string) {
  return useQuery(memberQueryOptions(handle));
}
