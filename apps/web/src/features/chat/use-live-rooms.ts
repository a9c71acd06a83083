import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useMatch } from 'react-router';
import { realtime, useRealtime, useRealtimeFrame } from '../../lib/realtime.ts';
import { roomsKey, useRooms } from './api/list-rooms.ts';
import { noteMessage, noteRead } from './room-cache.ts';

/**
 * Follows every room of the member over the websocket while they are signed in, so unread
 * counts move in rooms that are not open, and keeps the room list in step with the frames.
 */
export function useLiveRooms() {
  const queryClient = useQueryClient();
  const rooms = useRooms().data?.rooms;
  const openRoomId = useMatch('/chat/:roomId')?.params.roomId ?? null;
  const memberId = useRealtime((state) => state.memberId);

  useEffect(() => {
    if (!rooms) return;
    realtime.followRooms(
      rooms.map((room) => ({
        roomId: room.id,
        from: { seq: room.lastSeq, change: room.lastChange },
      })),
    );
  }, [rooms]);

  useRealtimeFrame((frame) => {
    if (frame.type === 'rooms') {
      queryClient.invalidateQueries({ queryKey: roomsKey });
    } else if (frame.type === 'message') {
      const reading = frame.message.roomId === openRoomId && document.visibilityState === 'visible';
      noteMessage(queryClient, frame.message, { memberId, reading });
    } else if (frame.type === 'read' && frame.memberId === memberId) {
      noteRead(queryClient, frame.roomId, frame.seq);
    }
  });
}
