import type { NewPilotBody, PilotDetail } from '@praxis/contracts/pilots';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { pilotKey } from './get-pilot.ts';

export const createPilot = (input: NewPilotBody) =>
  apiRequest<PilotDetail>('POST', '/api/pilots', input);

export function useCreatePilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPilot,
    onSuccess: (pilot) => {
      queryClient.setQueryData(pilotKey(pilot.id), pilot);
      return queryClient.invalidateQueries({ queryKey: ['pilots', 'board'] });
    },
  });
}
