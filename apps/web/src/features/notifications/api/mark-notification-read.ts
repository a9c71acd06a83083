import type { UnreadCount } from '@praxis/contracts/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { storeRead } from '../notification-cache.ts';

export const markNotificationRead = (notificationId: string) =>
  apiRequest<UnreadCount>('POST', `/api/notifications/${notificationId}/read`);

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (count, notificationId) =>
      storeRead(queryClient, count, (id) => id === notificationId),
  });
}
