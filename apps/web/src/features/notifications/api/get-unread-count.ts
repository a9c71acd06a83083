import type { UnreadCount } from '@praxis/contracts/notifications';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { useConnectionState } from '../../../lib/realtime.ts';

export const unreadCountKey = ['notifications', 'unread-count'] as const;

/** How often the bell asks while the websocket, which pushes each notification, is down. */
const POLL_MS = 30_000;

export const getUnreadCount = () =>
  apiRequest<UnreadCount>('GET', '/api/notifications/unread-count');

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: unreadCountKey, queryFn: getUnreadCount });

export function useUnreadCount() {
  const live = useConnectionState() === 'open';
  return useQuery({ ...unreadCountQueryOptions(), refetchInterval: live ? false : POLL_MS });
}
