import type { NotificationPage } from '@praxis/contracts/notifications';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const notificationListKey = ['notifications', 'list'] as const;

export const listNotifications = (unreadOnly: boolean, cursor: string | null) => {
  const params = new URLSearchParams({ limit: '20' });
  if (unreadOnly) params.set('unread', 'true');
  if (cursor) params.set('cursor', cursor);
  return apiRequest<NotificationPage>('GET', `/api/notifications?${params}`);
};

export const notificationsQueryOptions = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: [...notificationListKey, { unreadOnly }],
    queryFn: ({ pageParam }) => listNotifications(unreadOnly, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery(notificationsQueryOptions(unreadOnly));
}
