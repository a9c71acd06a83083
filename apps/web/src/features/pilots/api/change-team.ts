import type { PilotDetail, TeamMemberBody } from '@praxis/contracts/pilots';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storePilot } from '../pilot-cache.ts';

type TeamRef = { pilotId: string; memberId: string };

/** Adds a member with a role, or changes the role of one already on the team. */
export const putTeamMember = ({ pilotId, memberId, ...body }: TeamMemberBody & TeamRef) =>
  apiRequest<PilotDetail>('PUT', `/api/pilots/${pilotId}/team/${memberId}`, body);

export const removeTeamMember = ({ pilotId, memberId }: TeamRef) =>
  apiRequest<void>('DELETE', `/api/pilots/${pilotId}/team/${memberId}`);

export function useChangeTeam() {
  const queryClient = useQueryClient();
  return {
    put: useMutation({
      mutationFn: putTeamMember,
      onSuccess: (pilot) => storePilot(queryClient, pilot),
    }),
    // Profiles list a member's pilots: all of them are read again.
    remove: useMutation({
      mutationFn: removeTeamMember,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pilots'] }),
    }),
  };
}
