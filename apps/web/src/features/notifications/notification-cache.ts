import type { NotificationPage, UnreadCount } from '@praxis/contracts/notifications';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { unreadCountKey } from './api/get-unread-count.ts';
import { notificationListKey } from './api/list-notifications.ts';

/**
 * After reading, the bell shows the server's new count at once, the list shows the read ones
 * plainly, and the lists are fetched again in the background (an "unread only" list shrinks).
 */
export function storeRead(
  queryClient: QueryClient,
  count: UnreadCount,
  read: (notificationId: string) => boolean,
) {
  queryClient.setQueryData(unreadCountKey, count);
  queryClient.setQueriesData<InfiniteData<NotificationPage>>(
    { queryKey: notificationListKey },
    (lists) =>
      lists
        ? {
            ...lists,
            pages: lists.pages.map((page) => ({
              ...page,
              unreadCount: count.unreadCount,
              notifications: page.notifications.map((notification) =>
                read(notification.id) ? { ...notification, read: true } : notification,
              ),
            })),
          }
        : lists,
  );
  return queryClient.invalidateQueries({ queryKey: notificationListKey, refetchType: 'none' });
}
