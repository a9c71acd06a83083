import type { OrganisationHistory } from '@praxis/contracts/positions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownProfileQueryOptions } from '../../../lib/api/get-own-profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const removePosition = (id: string) =>
  apiRequest<OrganisationHistory>('DELETE', `/api/profile/positions/${id}`);

export function useRemovePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePosition,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ownProfileQueryOptions().queryKey });
      queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
}
