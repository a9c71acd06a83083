import type { MemberPilots } from '@praxis/contracts/pilot-updates';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client.ts';

// Under the pilots key, so that an update posted on a pilot's page shows on its team's profiles.

/** The pilots a member is on and their latest updates, as far as the viewer may see them. */
export const getMemberPilots = (handle: string) =>
  apiRequest<MemberPilots>('GET', `/api/members/${encodeURIComponent(handle)}/pilots`);

export const memberPilotsQueryOptions = (handle: string) =>
  queryOptions({
    queryKey: ['pilots', 'member', handle],
    queryFn: () => getMemberPilots(handle),
  });

export function useMemberPilots(handle: string) {
  return useQuery(memberPilotsQueryOptions(handle));
}
