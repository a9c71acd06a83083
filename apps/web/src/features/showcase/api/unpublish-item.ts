import { useMutation, useQueryClient } from '@tanstack/react-query';
import { showcaseKey } from '../../../lib/api/list-showcase-items.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Organisers take an item off the showcase, or withdraw the request before it went out. */
export const unpublishItem = (id: string) =>
  apiRequest<unknown>('DELETE', `/api/showcase/items/${id}`);

export function useUnpublishItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unpublishItem,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: showcaseKey }),
  });
}
