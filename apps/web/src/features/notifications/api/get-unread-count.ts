import type { UnreadCount } from '@praxis/contracts/notifications';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const unreadCountKey = ['notifications', 'unread-count'] as const;

/** How often the bell asks; a live push over the websocket can replace this later. */
const POLL_MS = 30_000;

export const getUnreadCount = () =>
  apiRequest<UnreadCount>('GET', '/api/notifications/unread-count');

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: unreadCountKey, queryFn: getUnreadCount, refetchInterval: POLL_MS });

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
