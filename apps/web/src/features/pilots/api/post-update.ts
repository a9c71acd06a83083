import type { NewPilotUpdateBody, PilotUpdate } from '@praxis/contracts/pilot-updates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const postUpdate = ({ pilotId, ...update }: NewPilotUpdateBody & { pilotId: string }) =>
  apiRequest<PilotUpdate>('POST', `/api/pilots/${pilotId}/updates`, update);

/** A stage move changes the pilot, the board and profiles too: all of them are read again. */
export function usePostUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postUpdate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pilots'] }),
  });
}
