import type { PilotDetail, PilotProfileBody } from '@praxis/contracts/pilots';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storePilot } from '../pilot-cache.ts';

export const updatePilot = ({ id, ...change }: PilotProfileBody & { id: string }) =>
  apiRequest<PilotDetail>('PATCH', `/api/pilots/${id}`, change);

export function useUpdatePilot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePilot,
    onSuccess: (pilot) => storePilot(queryClient, pilot),
  });
}
