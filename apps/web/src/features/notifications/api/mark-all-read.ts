import type { UnreadCount } from '@praxis/contracts/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeRead } from '../notification-cache.ts';

export const markAllRead = () => apiRequest<UnreadCount>('POST', '/api/notifications/read-all');

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: (count) => storeRead(queryClient, count, () => true),
  });
}
