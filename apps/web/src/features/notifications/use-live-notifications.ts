import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useRealtimeFrame } from '../../lib/realtime.ts';
import { unreadCountKey } from './api/get-unread-count.ts';
import { notificationListKey } from './api/list-notifications.ts';

/** The bell and the list follow the server's `notification` and `read` frames instead of polling. */
export function useLiveNotifications() {
  const queryClient = useQueryClient();
  const connectedBefore = useRef(false);
  useRealtimeFrame((frame) => {
    // Reading a chat room also reads what the member was notified of in it.
    if (frame.type === 'notification' || frame.type === 'read') {
      queryClient.invalidateQueries({ queryKey: unreadCountKey });
      queryClient.invalidateQueries({ queryKey: notificationListKey });
    } else if (frame.type === 'hello') {
      // Nothing was pushed while the socket was down; the first hello follows a fresh fetch.
      if (connectedBefore.current) queryClient.invalidateQueries({ queryKey: unreadCountKey });
      connectedBefore.current = true;
    }
  });
}
