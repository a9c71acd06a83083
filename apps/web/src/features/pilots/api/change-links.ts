import type { PilotLink, PilotLinkBody } from '@praxis/contracts/pilots';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const addLink = ({ pilotId, ...target }: PilotLinkBody & { pilotId: string }) =>
  apiRequest<PilotLink>('POST', `/api/pilots/${pilotId}/links`, target);

export const removeLink = ({ pilotId, linkId }: { pilotId: string; linkId: string }) =>
  apiRequest<void>('DELETE', `/api/pilots/${pilotId}/links/${linkId}`);

/** A link shows on both sides: the pilot and the pilots linked to a thread are read again. */
export function useChangeLinks() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['pilots'] });
  return {
    add: useMutation({ mutationFn: addLink, onSuccess }),
    remove: useMutation({ mutationFn: removeLink, onSuccess }),
  };
}
