import { useRooms } from './api/list-rooms.ts';
import { totalUnread } from './room-cache.ts';

/** How many chat messages wait unread across the member's rooms, for the navigation. */
export function useChatUnreadCount(): number {
  return totalUnread(useRooms().data?.rooms ?? []);
}
