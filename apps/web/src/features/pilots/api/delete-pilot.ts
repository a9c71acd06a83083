import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pilotKey } from './get-pilot.ts';

/** A pilot goes with its updates and links; its team and organisers may delete it. */
export const deletePilot = (id: string) => apiRequest<void>('DELETE', `/api/pilots/${id}`);

export function useDeletePilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePilot,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: pilotKey(id) });
      return queryClient.invalidateQueries({ queryKey: ['pilots'] });
    },
  });
}
