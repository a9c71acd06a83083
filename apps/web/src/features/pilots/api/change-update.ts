import type { PilotUpdate, PilotUpdateEditBody } from '@praxis/contracts/pilot-updates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pilotUpdatesKey } from './list-updates.ts';

type UpdateRef = { pilotId: string; updateId: string };

export const editUpdate = ({ pilotId, updateId, ...change }: PilotUpdateEditBody & UpdateRef) =>
  apiRequest<PilotUpdate>('PATCH', `/api/pilots/${pilotId}/updates/${updateId}`, change);

export const deleteUpdate = ({ pilotId, updateId }: UpdateRef) =>
  apiRequest<void>('DELETE', `/api/pilots/${pilotId}/updates/${updateId}`);

export function useChangeUpdate(pilotId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: pilotUpdatesKey(pilotId) });
  return {
    edit: useMutation({ mutationFn: editUpdate, onSuccess }),
    remove: useMutation({ mutationFn: deleteUpdate, onSuccess }),
  };
}
