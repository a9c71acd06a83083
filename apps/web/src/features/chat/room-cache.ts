import type { Message, Room, RoomList } from '@praxis/contracts/chat';
import type { QueryClient } from '@tanstack/react-query';
import { roomsKey } from './api/list-rooms.ts';

// The room list counts unread messages on the server; between fetches, the frames the tab
// receives keep those counts (and the badge in the navigation) current.

function updateRoom(queryClient: QueryClient, roomId: string, change: (room: Room) => Room) {
  queryClient.setQueryData<RoomList>(roomsKey, (list) =>
    list ? { rooms: list.rooms.map((room) => (room.id === roomId ? change(room) : room)) } : list,
  );
}

/** A message frame: a new message moves the room on and, unless it is being read, adds to unread. */
export function noteMessage(
  queryClient: QueryClient,
  message: Message,
  { memberId, reading }: { memberId: string | null; reading: boolean },
) {
  updateRoom(queryClient, message.roomId, (room) => {
    if (message.seq <= room.lastSeq) {
      return message.change > room.lastChange ? { ...room, lastChange: message.change } : room;
    }
    const counts = message.author.id !== memberId && !reading && message.deletedAt === null;
    return {
      ...room,
      lastSeq: message.seq,
      lastChange: Math.max(room.lastChange, message.change),
      lastMessageAt: message.createdAt,
      unread: counts ? room.unread + 1 : room.unread,
    };
  });
}

/** The member read the room up to `seq`, here or in another tab. */
export function noteRead(queryClient: QueryClient, roomId: string, seq: number) {
  let partly = false;
  updateRoom(queryClient, roomId, (room) => {
    if (seq <= room.readSeq) return room;
    partly = seq < room.lastSeq && room.unread > 0;
    return { ...room, readSeq: seq, unread: partly ? room.unread : 0 };
  });
  // Only the server knows how many of the rest are someone else's.
  if (partly) queryClient.invalidateQueries({ queryKey: roomsKey });
}

/** What the navigation counts: unread messages in the rooms the member has not muted. */
export function totalUnread(rooms: readonly Room[]): number {
  return rooms.reduce((total, room) => total + (room.muted ? 0 : room.unread), 0);
}
