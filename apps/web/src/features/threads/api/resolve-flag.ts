import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const resolveFlag = (flagId: string) =>
  apiRequest<void>('POST', `/api/flags/${flagId}/resolve`);

export function useResolveFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveFlag,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['flags'] }),
  });
}
