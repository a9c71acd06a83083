import type { Message } from '@praxis/contracts/chat';
import type { Realtime } from '../../plugins/realtime.ts';
import { SharedFrame } from '../../realtime/shared-frame.ts';
import { type RoomCursors, roomTopic } from './chat-catch-up.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /** A message was stored, edited or deleted; `change` is the room's change number. */
    'chat.message_changed': { roomId: string; change: number; message: Message };
    'chat.typing': { roomId: string; memberId: string; name: string };
    /** A member's read marker in a room moved: their own tabs follow. */
    'chat.read': { roomId: string; memberId: string; seq: number };
    /**
     * These members' lists of rooms changed: a conversation opened or left (`access`: who is in
     * which room changed), or muted (only how the list shows).
     */
    'chat.rooms_changed': { memberIds: string[]; access: boolean };
  }
}

/**
 * What chat does with events: messages go to each room's followers in change order, and any
 * change of who is in a cohort or a meetup is a change of who is in its room.
 */
export function listenToChatEvents({ on, onResume, hub }: Realtime, cursors: RoomCursors) {
  // Cohort and meetup events carry no `access`: a change of membership always re-checks.
  const roomsChanged = async ({
    memberIds,
    access = true,
  }: {
    memberIds: string[];
    access?: boolean;
  }) => {
    if (access) await hub.recheck(memberIds, 'room');
    for (const memberId of memberIds) hub.toMember(memberId, { type: 'rooms' });
  };

  on('chat.message_changed', ({ roomId, change, message }) => {
    const followers = hub.followers(roomTopic(roomId));
    if (followers.length === 0) return;
    const text = SharedFrame.of({ type: 'message', message });
    for (const connection of followers) cursors.deliver(connection, roomId, change, text);
  });
  on('chat.typing', ({ roomId, memberId, name }) => {
    const text = SharedFrame.of({ type: 'typing', roomId, memberId, name });
    for (const connection of hub.followers(roomTopic(roomId))) {
      if (cursors.isLive(connection, roomId)) connection.writeText(text);
    }
  });
  on('chat.read', ({ roomId, memberId, seq }) =>
    hub.toMember(memberId, { type: 'read', roomId, memberId, seq }),
  );
  on('chat.rooms_changed', roomsChanged);
  on('cohort.members_changed', roomsChanged);
  on('meetup.attendance_changed', roomsChanged);
  onResume(() => {
    for (const connection of hub.everyConnection()) cursors.resync(connection);
  });
}
