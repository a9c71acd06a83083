import type { MemberActivity } from '@praxis/contracts/member-activity';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** A member's stories, accepted answers, meetups and contributions, as the viewer may see them. */
export const getMemberActivity = (handle: string) =>
  apiRequest<MemberActivity>('GET', `/api/members/${encodeURIComponent(handle)}/activity`);

export const memberActivityQueryOptions = (handle: string) =>
  queryOptions({
    queryKey: ['members', 'profile', handle, 'activity'],
    queryFn: () => getMemberActivity(handle),
  });

export function useMemberActivity(handle: string) {
  return useQuery(memberActivityQueryOptions(handle));
}
