import { MAX_DIRECT_MEMBERS, type Room, type RoomList } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import { activeMemberIds, authorsById, toAuthor } from '../members/members.service.ts';
import { forgetRoomNotifications } from '../notifications/notifications.service.ts';
import type { RoomRow } from './rooms.repository.ts';
import * as repository from './rooms.repository.ts';

export const NOT_IN_ROOM = msg('errors.chat.notInRoom');
/** Why only direct conversations can be left: the other rooms follow what the member is in. */
const STAYS_IN_ROOM: Record<Exclude<RoomRow['kind'], 'direct'>, string> = {
  network: msg('errors.chat.staysInNetworkRoom'),
  cohort: msg('errors.chat.staysInCohortRoom'),
  meetup: msg('errors.chat.staysInMeetupRoom'),
};

export async function requireRoom(db: Db, viewerId: string, roomId: string) {
  const room = await repository.roomFor(db, viewerId, roomId);
  if (!room) throw new AppError('not_found', NOT_IN_ROOM);
  return room;
}

export function createRoomsService(db: Db) {
  async function toRooms(viewerId: string, rows: RoomRow[]): Promise<Room[]> {
    const direct = rows.filter((row) => row.kind === 'direct').map((row) => row.id);
    const others = await repository.otherDirectMembers(db, viewerId, direct);
    const authors = await authorsById(
      db,
      others.map((row) => row.memberId),
    );
    return rows.map((row) => {
      const members = others
        .flatMap((other) => {
          const author = other.roomId === row.id ? authors.get(other.memberId) : undefined;
          return author ? [toAuthor(author)] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      return {
        id: row.id,
        kind: row.kind,
        name: roomName(row),
        members,
        cohortId: row.cohortId,
        meetupId: row.meetupId,
        lastSeq: row.lastSeq,
        lastChange: row.lastChange,
        readSeq: row.readSeq,
        unread: Math.max(0, row.lastSeq - row.readSeq),
        muted: row.muted,
        lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
      };
    });
  }

  return {
    async listRooms(viewer: AccountMember): Promise<RoomList> {
      await repository.ensureRoomsOf(db, viewer.id);
      return { rooms: await toRooms(viewer.id, await repository.roomsOf(db, viewer.id)) };
    },

    isInRoom: (viewerId: string, roomId: string) => repository.isInRoom(db, viewerId, roomId),

    roomsAmong: (viewerId: string, roomIds: string[]) =>
      repository.roomsAmong(db, viewerId, roomIds),

    /** Of these members, the active ones in the room now: many tabs' access in one query. */
    membersInRoom: async (roomId: string, memberIds: string[]) =>
      new Set(await repository.membersInRoom(db, roomId, memberIds)),

    /** The conversation of exactly these people, the viewer included; made when new. */
    async openDirect(
      viewer: AccountMember,
      memberIds: string[],
    ): Promise<{ room: Room; created: boolean }> {
      const others = [...new Set(memberIds)].filter((id) => id !== viewer.id);
      if (others.length === 0) {
        throw new AppError('invalid', msg('errors.chat.talkToSomeoneElse'), {
          fields: { memberIds: msg('errors.chat.talkToSomeoneElseField') },
        });
      }
      if (others.length > MAX_DIRECT_MEMBERS - 1) {
        throw new AppError(
          'invalid',
          msg('errors.chat.directRoomFull', { max: MAX_DIRECT_MEMBERS }),
          {
            fields: {
              memberIds: msg('errors.chat.directRoomFullField', { max: MAX_DIRECT_MEMBERS - 1 }),
            },
          },
        );
      }
      const active = new Set(await activeMemberIds(db, others));
      if (others.some((id) => !active.has(id))) {
        throw new AppError('invalid', msg('errors.chat.notMembers'), {
          fields: { memberIds: msg('errors.chat.notMembersField') },
        });
      }
      const everyone = [viewer.id, ...others].sort();
      const key = everyone.join(',');
      let roomId = (await repository.findDirectRoom(db, key))?.id;
      let created = false;
      if (!roomId) {
        const room = await repository.createDirectRoom(db, key, everyone);
        created = room !== null;
        roomId = room?.id ?? (await repository.findDirectRoom(db, key))?.id;
      }
      if (!roomId) throw new Error('a direct room vanished right after it was made');
      if (created) await roomsChanged(db, everyone, true);
      const [room] = await toRooms(viewer.id, [await requireRoom(db, viewer.id, roomId)]);
      return { room: room as Room, created };
    },

    /**
     * Leaves a direct conversation: it goes from the viewer's list and open tabs at once, and
     * the others see who is left.
     */
    async leave(viewer: AccountMember, roomId: string): Promise<void> {
      const room = await requireRoom(db, viewer.id, roomId);
      if (room.kind !== 'direct') throw new AppError('conflict', STAYS_IN_ROOM[room.kind]);
      await db.transaction(async (tx) => {
        // The room's lock first, as every write to the room takes it.
        const others = await repository.leaveDirectRoom(tx, roomId, viewer.id);
        await forgetRoomNotifications(tx, viewer.id, roomId);
        await roomsChanged(tx, [viewer.id, ...others], true);
      });
    },

    /** Mutes or unmutes a room for the viewer; their other tabs hear of it. */
    async setMuted(viewer: AccountMember, roomId: string, muted: boolean): Promise<Room> {
      const row = await requireRoom(db, viewer.id, roomId);
      if (!(await repository.setMuted(db, row, viewer.id, muted))) {
        throw new AppError('not_found', NOT_IN_ROOM);
      }
      // Muting changes how the list shows, not who is in the room.
      await roomsChanged(db, [viewer.id], false);
      const [room] = await toRooms(viewer.id, [{ ...row, muted }]);
      return room as Room;
    },
  };
}

/** These members' lists of rooms changed: their tabs fetch them again. */
function roomsChanged(tx: Db, memberIds: string[], access: boolean) {
  return publish(tx, { name: 'chat.rooms_changed', payload: { memberIds, access } });
}

/**
 * The name a cohort's or meetup's room goes by: the cohort's or meetup's own, in whatever
 * language it was written. The network room and direct conversations have none: each reader's
 * client (or mail) names them in the reader's language.
 */
export function roomName(row: Pick<RoomRow, 'kind' | 'cohortName' | 'meetupTitle'>) {
  switch (row.kind) {
    case 'cohort':
      return row.cohortName;
    case 'meetup':
      return row.meetupTitle;
    default:
      return null;
  }
}
