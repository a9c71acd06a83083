import type { OrganisationHistory, PositionBody } from '@praxis/contracts/positions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownProfileQueryOptions } from '../../../lib/api/get-own-profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Adds a post to one's history, or changes the one with `id`. */
export const savePosition = ({ id, ...post }: PositionBody & { id?: string | undefined }) =>
  id
    ? apiRequest<OrganisationHistory>('PUT', `/api/profile/positions/${id}`, post)
    : apiRequest<OrganisationHistory>('POST', '/api/profile/positions', post);

export function useSavePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePosition,
    // The current post is the headline: the profile and the directory follow it.
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ownProfileQueryOptions().queryKey });
      queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });
}
