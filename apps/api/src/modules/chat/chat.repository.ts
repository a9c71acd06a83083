import type { Db } from '@praxis/db/client';
import { messages, roomMembers, rooms } from '@praxis/db/schema/chat';
import { cohorts } from '@praxis/db/schema/cohorts';
import { meetups } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { roomVisibleTo } from './room-visibility.ts';

export type MessageRow = typeof messages.$inferSelect;
export type RoomRow = Awaited<ReturnType<typeof roomsOf>>[number];

/**
 * Rooms exist for every cohort and meetup a member is in from the first time they look: made
 * here rather than by the cohort and meetup modules, so those need not know chat exists.
 */
export async function ensureRoomsOf(db: Db, memberId: string) {
  await db.insert(rooms).values({ kind: 'network' }).onConflictDoNothing();
  await db.execute(sql`insert into rooms (kind, cohort_id)
    select 'cohort', cm.cohort_id from cohort_memberships cm where cm.member_id = ${memberId}
    on conflict do nothing`);
  await db.execute(sql`insert into rooms (kind, meetup_id)
    select 'meetup', m.id from meetups m
    where (
      exists (select 1 from rsvps r where r.meetup_id = m.id and r.member_id = ${memberId}
              and r.status in ('going', 'maybe', 'waitlisted'))
      or exists (select 1 from meetup_series_organisers so
                 where so.series_id = m.series_id and so.member_id = ${memberId}))
    on conflict do nothing`);
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
  cohortName: cohorts.name,
  meetupTitle: meetups.title,
};

function roomQuery(db: Db, viewerId: string) {
  return db
    .select(roomColumns)
    .from(rooms)
    .leftJoin(
      roomMembers,
      and(eq(roomMembers.roomId, rooms.id), eq(roomMembers.memberId, viewerId)),
    )
    .leftJoin(cohorts, eq(cohorts.id, rooms.cohortId))
    .leftJoin(meetups, eq(meetups.id, rooms.meetupId));
}

export async function roomsOf(db: Db, viewerId: string) {
  return roomQuery(db, viewerId)
    .where(roomVisibleTo(viewerId))
    .orderBy(
      sql`${rooms.kind} = 'network' desc`,
      sql`${rooms.lastMessageAt} desc nulls last`,
      asc(rooms.createdAt),
    );
}

/** The room, if the viewer is in it; otherwise nothing, whether or not it exists. */
export async function roomFor(db: Db, viewerId: string, roomId: string) {
  const [row] = await roomQuery(db, viewerId)
    .where(and(eq(rooms.id, roomId), roomVisibleTo(viewerId)))
    .limit(1);
  return row;
}

export async function isInRoom(db: Db, viewerId: string, roomId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(and(eq(rooms.id, roomId), roomVisibleTo(viewerId)))
    .limit(1);
  return row !== undefined;
}

/** Of `roomIds`, those the viewer is in now. */
export async function roomsAmong(db: Db, viewerId: string, roomIds: string[]) {
  if (roomIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: rooms.id })
    .from(rooms)
    .where(and(inArray(rooms.id, roomIds), roomVisibleTo(viewerId)));
  return new Set(rows.map((row) => row.id));
}

/** Of `memberIds`, the active members who are in the room now. */
export async function membersInRoom(
  db: Db,
  roomId: string,
  memberIds: string[],
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  // The rule names the room as "rooms" and the member by an SQL value: here, each member's id.
  const inRoom = roomVisibleTo(sql.raw('"members"."id"'));
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        inArray(members.id, [...new Set(memberIds)]),
        isNull(members.deactivatedAt),
        sql`exists (select 1 from rooms where rooms.id = ${roomId} and ${inRoom})`,
      ),
    );
  return rows.map((row) => row.id);
}

/** The members of direct rooms besides the viewer, by room. */
export async function otherDirectMembers(db: Db, viewerId: string, roomIds: string[]) {
  if (roomIds.length === 0) return [];
  return db
    .select({ roomId: roomMembers.roomId, memberId: roomMembers.memberId })
    .from(roomMembers)
    .where(and(inArray(roomMembers.roomId, roomIds), ne(roomMembers.memberId, viewerId)));
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

export async function messageByClientId(db: Db, authorId: string, clientId: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.authorId, authorId), eq(messages.clientId, clientId)));
  return row;
}

export async function messageById(db: Db, roomId: string, messageId: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.roomId, roomId), eq(messages.id, messageId)));
  return row;
}

export async function messageByChange(db: Db, roomId: string, change: number) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.roomId, roomId), eq(messages.change, change)));
  return row;
}

/**
 * Takes the room's next sequence and change numbers. The row lock it takes is held to the end
 * of the caller's transaction, so numbers are handed out and committed in order, without gaps.
 */
async function nextNumbers(db: Db, roomId: string, { newMessage }: { newMessage: boolean }) {
  const [numbers] = await db
    .update(rooms)
    .set({
      lastChange: sql`${rooms.lastChange} + 1`,
      ...(newMessage ? { lastSeq: sql`${rooms.lastSeq} + 1`, lastMessageAt: sql`now()` } : {}),
    })
    .where(eq(rooms.id, roomId))
    .returning({ seq: rooms.lastSeq, change: rooms.lastChange });
  return numbers;
}

export async function insertMessage(
  db: Db,
  values: { roomId: string; authorId: string; clientId: string; body: string; html: string },
) {
  const numbers = await nextNumbers(db, values.roomId, { newMessage: true });
  // The room went (its last member left it, or its meetup or cohort was deleted).
  if (!numbers) return undefined;
  const [row] = await db
    .insert(messages)
    .values({ ...values, ...numbers })
    .returning();
  return row as MessageRow;
}

/** Edits or deletes a message that is still there; the room's change number moves on. */
export async function changeMessage(
  db: Db,
  message: { roomId: string; id: string },
  values: { body: string; html: string; editedAt?: Date; deletedAt?: Date },
) {
  const numbers = await nextNumbers(db, message.roomId, { newMessage: false });
  if (!numbers) return undefined;
  const { change } = numbers;
  const [row] = await db
    .update(messages)
    .set({ ...values, change })
    .where(and(eq(messages.id, message.id), sql`${messages.deletedAt} is null`))
    .returning();
  return row;
}

/** The room's counters as committed now. */
export async function roomCounters(db: Db, roomId: string) {
  const [row] = await db
    .select({ lastSeq: rooms.lastSeq, lastChange: rooms.lastChange })
    .from(rooms)
    .where(eq(rooms.id, roomId));
  return row;
}

/**
 * What a client resuming from (afterSeq, afterChange) lacks, in change order, up to `upTo`:
 * messages after afterSeq, and edits and deletions after afterChange.
 */
export async function changesSince(
  db: Db,
  roomId: string,
  since: { afterSeq: number; afterChange: number; cursor: number; upTo: number; limit: number },
) {
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.roomId, roomId),
        gt(messages.change, since.cursor),
        lte(messages.change, since.upTo),
        or(gt(messages.seq, since.afterSeq), gt(messages.change, since.afterChange)),
      ),
    )
    .orderBy(asc(messages.change))
    .limit(since.limit);
}

/** A page of history, newest first, one more than asked to tell whether older ones exist. */
export async function messagesBefore(db: Db, roomId: string, before: number | null, limit: number) {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.roomId, roomId), before === null ? undefined : lt(messages.seq, before)))
    .orderBy(desc(messages.seq))
    .limit(limit + 1);
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

/**
 * Moves the read marker forward only, and never past the room's last message. Returns where it
 * is and whether it moved (a subquery in RETURNING sees the table as it was before the
 * statement). A direct room's row is its membership, so it is only ever updated here: a member
 * who left meanwhile stays out.
 */
export async function markRead(db: Db, roomId: string, memberId: string, seq: number) {
  const upTo = sql`least(${seq}, (select last_seq from rooms where id = ${roomId}))`;
  const marker = {
    readSeq: roomMembers.readSeq,
    before: sql<
      number | null
    >`(select rm.read_seq from room_members rm where rm.room_id = ${roomId} and rm.member_id = ${memberId})`,
  };
  let [row] = await db
    .update(roomMembers)
    .set({ readSeq: sql`greatest(${roomMembers.readSeq}, ${upTo})` })
    .where(and(eq(roomMembers.roomId, roomId), eq(roomMembers.memberId, memberId)))
    .returning(marker);
  if (!row) {
    const [room] = await db.select({ kind: rooms.kind }).from(rooms).where(eq(rooms.id, roomId));
    if (!room || room.kind === 'direct') return { readSeq: 0, moved: false };
    [row] = await db
      .insert(roomMembers)
      .values({ roomId, memberId, readSeq: upTo })
      .onConflictDoUpdate({
        target: [roomMembers.roomId, roomMembers.memberId],
        set: { readSeq: sql`greatest(${roomMembers.readSeq}, excluded.read_seq)` },
      })
      .returning(marker);
  }
  return { readSeq: row?.readSeq ?? 0, moved: row !== undefined && row.readSeq !== row.before };
}
