import type { Db } from '@praxis/db/client';
import { roomMembers, rooms } from '@praxis/db/schema/chat';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { prepared, preparedSql, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';
import { cohortIdsOf, cohortNameOf } from '../cohorts/cohorts.visibility.ts';
import { meetupIdsTakenPartInBy, meetupTitleOf } from '../meetups/meetups.visibility.ts';
import { roomVisibleTo } from './chat.visibility.ts';

export type RoomRow = Awaited<ReturnType<typeof roomsOf>>[number];

/**
 * Rooms exist for every cohort and meetup a member is in from the first time they look: made
 * here rather than by the cohort and meetup modules, so those need not know chat exists. One
 * statement, on every room list: only the missing rooms are inserted, so when none is missing
 * (nearly always) it writes nothing.
 */
export async function ensureRoomsOf(db: Db, memberId: string) {
  await preparedSql(db, 'rooms.ensureRoomsOf', () => {
    const member = sql`${sql.placeholder('member')}::uuid`;
    return sql`insert into rooms (kind, cohort_id, meetup_id)
    select 'network'::room_kind, null::uuid, null::uuid
      where not exists (select 1 from rooms r where r.kind = 'network')
    union all
    select 'cohort', own.cohort_id, null from (${cohortIdsOf(member)}) as own
      where not exists (select 1 from rooms r where r.cohort_id = own.cohort_id)
    union all
    select 'meetup', null, own.id from (${meetupIdsTakenPartInBy(member)}) as own
      where not exists (select 1 from rooms r where r.meetup_id = own.id)
    on conflict do nothing`;
  }).execute({ member: memberId });
}

const roomColumns = {
  id: rooms.id,
  kind: rooms.kind,
  cohortId: rooms.cohortId,
  meetupId: rooms.meetupId,
  lastSeq: rooms.lastSeq,
  lastChange: rooms.lastChange,
  lastMessageAt: rooms.lastMessageAt,
  readSeq: sql<number>`coalesce(${roomMembers.readSeq}, 0)`.mapWith(Number),
  muted: sql<boolean>`coalesce(${roomMembers.muted}, false)`.mapWith(Boolean),
  cohortName: cohortNameOf(sql.raw('"rooms"."cohort_id"')),
  meetupTitle: meetupTitleOf(sql.raw('"rooms"."meetup_id"')),
};

/** The viewer's id in a prepared statement: a placeholder. */
const preparedViewerId = sql`${sql.placeholder('viewerId')}::uuid`;

function roomQuery(db: Db, viewerId: SQL) {
  return db
    .select(roomColumns)
    .from(rooms)
    .leftJoin(
      roomMembers,
      and(eq(roomMembers.roomId, rooms.id), eq(roomMembers.memberId, viewerId)),
    );
}

/**
 * The rooms a member may be in, each found by an index: the network room, their cohorts', their
 * meetups' and the rooms they are a member of. The visibility rule still decides among them;
 * alone, PostgreSQL tests it against every room of the network (0.4 s among 5,000 rooms).
 */
function candidateRoomIds(viewer: SQL) {
  return sql`select r.id from rooms r where r.kind = 'network'
    union all select r.id from rooms r where r.cohort_id in (${cohortIdsOf(viewer)})
    union all select r.id from rooms r where r.meetup_id in (${meetupIdsTakenPartInBy(viewer)})
    union all select rm.room_id from room_members rm where rm.member_id = ${viewer}`;
}

/** Every room list reads it: prepared once, the viewer a placeholder. */
export async function roomsOf(db: Db, viewerId: string) {
  const statement = prepared(db, 'chat.rooms.ofViewer', (name) =>
    roomQuery(db, preparedViewerId)
      .where(
        and(
          sql`${rooms.id} in (${candidateRoomIds(preparedViewerId)})`,
          roomVisibleTo(preparedViewerId),
        ),
      )
      .orderBy(
        sql`${rooms.kind} = 'network' desc`,
        sql`${rooms.lastMessageAt} desc nulls last`,
        asc(rooms.createdAt),
      )
      .prepare(name),
  );
  return statement.execute({ viewerId });
}

/** The room, if the viewer is in it; otherwise nothing, whether or not it exists. */
export async function roomFor(db: Db, viewerId: string, roomId: string) {
  const statement = prepared(db, 'chat.rooms.oneOfViewer', (name) =>
    roomQuery(db, preparedViewerId)
      .where(and(eq(rooms.id, sql.placeholder('roomId')), roomVisibleTo(preparedViewerId)))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ viewerId, roomId });
  return row;
}

/** Whether the viewer is in the room now; asked by every tab that follows a room. */
export async function isInRoom(db: Db, viewerId: string, roomId: string): Promise<boolean> {
  const statement = prepared(db, 'chat.rooms.isIn', (name) =>
    db
      .select({ id: rooms.id })
      .from(rooms)
      .where(and(eq(rooms.id, sql.placeholder('roomId')), roomVisibleTo(preparedViewerId)))
      .limit(1)
      .prepare(name),
  );
  const [row] = await statement.execute({ viewerId, roomId });
  return row !== undefined;
}

/** Of `roomIds`, those the viewer is in now. */
export async function roomsAmong(db: Db, viewerId: string, roomIds: string[]) {
  if (roomIds.length === 0) return new Set<string>();
  const statement = prepared(db, 'chat.rooms.among', (name) =>
    db
      .select({ id: rooms.id })
      .from(rooms)
      .where(and(sql`${rooms.id} = any(${uuidArray('roomIds')})`, roomVisibleTo(preparedViewerId)))
      .prepare(name),
  );
  const rows = await statement.execute({ viewerId, roomIds: uuidArrayValue(roomIds) });
  return new Set(rows.map((row) => row.id));
}

/**
 * Of `memberIds`, the active members who are in the room now: the tabs that follow a room at
 * once (a storm of reconnections) are checked together, prepared for any number of members.
 */
export async function membersInRoom(
  db: Db,
  roomId: string,
  memberIds: string[],
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const statement = prepared(db, 'chat.rooms.membersIn', (name) => {
    // The rule names the room as "rooms" and the member by an SQL value: here, each member's id.
    const inRoom = roomVisibleTo(sql.raw('"members"."id"'));
    return db
      .select({ id: members.id })
      .from(members)
      .where(
        and(
          sql`${members.id} = any(${uuidArray('members')})`,
          isNull(members.deactivatedAt),
          sql`exists (select 1 from rooms where rooms.id = ${sql.placeholder('roomId')} and ${inRoom})`,
        ),
      )
      .prepare(name);
  });
  const rows = await statement.execute({
    roomId,
    members: uuidArrayValue([...new Set(memberIds)]),
  });
  return rows.map((row) => row.id);
}

/** The members of direct rooms besides the viewer, by room. */
export async function otherDirectMembers(db: Db, viewerId: string, roomIds: string[]) {
  if (roomIds.length === 0) return [];
  const statement = prepared(db, 'chat.rooms.otherDirectMembers', (name) =>
    db
      .select({ roomId: roomMembers.roomId, memberId: roomMembers.memberId })
      .from(roomMembers)
      .where(
        and(
          sql`${roomMembers.roomId} = any(${uuidArray('roomIds')})`,
          ne(roomMembers.memberId, preparedViewerId),
        ),
      )
      .prepare(name),
  );
  return statement.execute({ viewerId, roomIds: uuidArrayValue(roomIds) });
}

export async function directMemberIds(db: Db, roomId: string): Promise<string[]> {
  const rows = await db
    .select({ memberId: roomMembers.memberId })
    .from(roomMembers)
    .where(eq(roomMembers.roomId, roomId));
  return rows.map((row) => row.memberId);
}

/**
 * The room of exactly these people. The lock waits for a leave in progress, and then finds the
 * room only if its key still matches.
 */
export async function findDirectRoom(db: Db, directKey: string) {
  const [row] = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(eq(rooms.directKey, directKey))
    .for('share');
  return row;
}

/** Null when the same people opened their room at the same moment: the caller reads theirs. */
export async function createDirectRoom(db: Db, directKey: string, memberIds: string[]) {
  return db.transaction(async (tx) => {
    const [room] = await tx
      .insert(rooms)
      .values({ kind: 'direct', directKey })
      .onConflictDoNothing()
      .returning({ id: rooms.id });
    if (!room) return null;
    await tx
      .insert(roomMembers)
      .values(memberIds.map((memberId) => ({ roomId: room.id, memberId })));
    return room;
  });
}

/**
 * Takes the member out of a direct room, under the room's lock (the caller's transaction holds
 * it to the end). The room no longer answers to its old set of people (opening a conversation
 * with them makes a new one), and a room nobody is left in goes, with its messages. Returns who
 * is still in it.
 */
export async function leaveDirectRoom(tx: Db, roomId: string, memberId: string) {
  await tx.select({ id: rooms.id }).from(rooms).where(eq(rooms.id, roomId)).for('update');
  await tx
    .delete(roomMembers)
    .where(and(eq(roomMembers.roomId, roomId), eq(roomMembers.memberId, memberId)));
  const remaining = await tx
    .select({ memberId: roomMembers.memberId })
    .from(roomMembers)
    .where(eq(roomMembers.roomId, roomId));
  if (remaining.length === 0) {
    await tx.delete(rooms).where(eq(rooms.id, roomId));
  } else {
    // Not a list of ids, so no set of people can ever match it again.
    await tx
      .update(rooms)
      .set({ directKey: sql`'left:' || ${rooms.id}` })
      .where(eq(rooms.id, roomId));
  }
  return remaining.map((row) => row.memberId);
}

/**
 * Mutes or unmutes a room for a member already known to be in it. A member of a cohort, meetup
 * or network room may have no row yet; in a direct room the row is the membership itself, so it
 * is only ever updated, never made. False when the member has left the direct room meanwhile.
 */
export async function setMuted(
  db: Db,
  room: { id: string; kind: (typeof rooms.$inferSelect)['kind'] },
  memberId: string,
  muted: boolean,
) {
  if (room.kind === 'direct') {
    const updated = await db
      .update(roomMembers)
      .set({ muted })
      .where(and(eq(roomMembers.roomId, room.id), eq(roomMembers.memberId, memberId)))
      .returning({ memberId: roomMembers.memberId });
    return updated.length > 0;
  }
  await db
    .insert(roomMembers)
    .values({ roomId: room.id, memberId, muted })
    .onConflictDoUpdate({ target: [roomMembers.roomId, roomMembers.memberId], set: { muted } });
  return true;
}

/** Of `memberIds`, those who muted the room. */
export async function mutedAmong(db: Db, roomId: string, memberIds: string[]) {
  if (memberIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ memberId: roomMembers.memberId })
    .from(roomMembers)
    .where(
      and(
        eq(roomMembers.roomId, roomId),
        inArray(roomMembers.memberId, memberIds),
        eq(roomMembers.muted, true),
      ),
    );
  return new Set(rows.map((row) => row.memberId));
}
