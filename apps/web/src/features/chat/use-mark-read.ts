import type { Room } from '@praxis/contracts/chat';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { realtime } from '../../lib/realtime.ts';
import { noteRead } from './room-cache.ts';

function onVisibilityChange(listener: () => void) {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/**
 * The room counts as read up to its newest message once that message can be seen: the tab is
 * in front and the reader is at the bottom of the list, not up in the history.
 */
export function useMarkRead(room: Room, newestSeq: number | undefined, atBottom: boolean) {
  const queryClient = useQueryClient();
  const visible = useSyncExternalStore(
    onVisibilityChange,
    () => document.visibilityState === 'visible',
  );
  useEffect(() => {
    if (!visible || !atBottom || newestSeq === undefined) return;
    if (newestSeq <= room.readSeq) return;
    realtime.markRead(room.id, newestSeq);
    noteRead(queryClient, room.id, newestSeq);
  }, [visible, atBottom, newestSeq, room.id, room.readSeq, queryClient]);
}
