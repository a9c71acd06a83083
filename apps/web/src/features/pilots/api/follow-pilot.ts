import type { PilotDetail } from '@praxis/contracts/pilots';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pilotKey } from './get-pilot.ts';

/** Followers are told of every update and stage change. */
export const followPilot = ({ pilotId, following }: { pilotId: string; following: boolean }) =>
  apiRequest<{ following: boolean }>('PUT', `/api/pilots/${pilotId}/following`, { following });

export function useFollowPilot(pilotId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: followPilot,
    onSuccess: ({ following }) => {
      queryClient.setQueryData<PilotDetail>(pilotKey(pilotId), (pilot) =>
        pilot
          ? {
              ...pilot,
              following,
              followerCount:
                pilot.followerCount + (following === pilot.following ? 0 : following ? 1 : -1),
            }
          : pilot,
      );
    },
  });
}
