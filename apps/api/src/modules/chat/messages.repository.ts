import type { Db } from '@praxis/db/client';
import { messages, roomMembers, rooms } from '@praxis/db/schema/chat';
import type { Locale } from '@praxis/i18n/locales';
import { and, asc, desc, eq, getTableColumns, gt, lt, lte, or, sql } from 'drizzle-orm';
import { isNullIn } from '../../app-error.ts';
import { prepared } from '../../lib/prepared-statements.ts';

// The search document stays in the database: no reader of a message needs it, and it is not
// read (on a busy room's history page it was most of what PostgreSQL sent).
export type MessageRow = Omit<typeof messages.$inferSelect, 'search'>;
const { search: _searchDocument, ...messageColumns } = getTableColumns(messages);

export async function messageByClientId(db: Db, authorId: string, clientId: string) {
  const [row] = await db
    .select(messageColumns)
    .from(messages)
    .where(and(eq(messages.authorId, authorId), eq(messages.clientId, clientId)));
  return row;
}

export async function messageById(db: Db, roomId: string, messageId: string) {
  const [row] = await db
    .select(messageColumns)
    .from(messages)
    .where(and(eq(messages.roomId, roomId), eq(messages.id, messageId)));
  return row;
}

/**
 * Takes the room's next change number (an edit, a deletion, a reaction). The row lock it takes
 * is held to the end of the caller's transaction, so numbers are handed out and committed in
 * order, without gaps; a new message takes its numbers the same way (`insertMessage`).
 */
async function nextChange(db: Db, roomId: string) {
  const [numbers] = await db
    .update(rooms)
    .set({ lastChange: sql`${rooms.lastChange} + 1` })
    .where(eq(rooms.id, roomId))
    .returning({ change: rooms.lastChange });
  return numbers;
}

/**
 * Stores a new message under the room's next numbers and moves its author's read marker to it,
 * in one statement. The room's row stays locked until the caller's transaction ends (as with
 * `nextChange`), and every other send to the room waits for it: the fewer round trips after it,
 * the sooner the next one goes. `markedRead` is false when the author had no marker in the
 * room yet, or one made while this send waited for the room (`markRead` then moves it). Nothing
 * is stored if the room went meanwhile (its last member left it, or its meetup or cohort was
 * deleted): the answer is then undefined and the caller's transaction is spoiled (to roll back).
 */
export async function insertMessage(
  db: Db,
  values: {
    roomId: string;
    authorId: string;
    clientId: string;
    body: string;
    html: string;
    language: Locale;
  },
): Promise<(MessageRow & { markedRead: boolean }) | undefined> {
  const numbers = db.$with('numbers').as(
    db
      .update(rooms)
      .set({
        lastChange: sql`${rooms.lastChange} + 1`,
        lastSeq: sql`${rooms.lastSeq} + 1`,
        lastMessageAt: sql`now()`,
      })
      .where(eq(rooms.id, values.roomId))
      .returning({ seq: rooms.lastSeq, change: rooms.lastChange }),
  );
  const seq = sql<number>`(select ${numbers.seq} from ${numbers})`;
  const marked = db.$with('marked').as(
    db
      .update(roomMembers)
      .set({ readSeq: sql`greatest(${roomMembers.readSeq}, ${seq})` })
      .where(and(eq(roomMembers.roomId, values.roomId), eq(roomMembers.memberId, values.authorId)))
      .returning({ memberId: roomMembers.memberId }),
  );
  try {
    const [row] = await db
      .with(numbers, marked)
      .insert(messages)
      .values({ ...values, seq, change: sql`(select ${numbers.change} from ${numbers})` })
      .returning({ ...messageColumns, markedRead: sql<boolean>`exists (select 1 from ${marked})` });
    return row;
  } catch (error) {
    // A room that is gone gave no numbers: its seq would be null.
    if (isNullIn(error, 'seq')) return undefined;
    throw error;
  }
}

/** Edits or deletes a message that is still there; the room's change number moves on. */
export async function changeMessage(
  db: Db,
  message: { roomId: string; id: string },
  values: { body: string; html: string; language?: Locale; editedAt?: Date; deletedAt?: Date },
) {
  const numbers = await nextChange(db, message.roomId);
  if (!numbers) return undefined;
  const { change } = numbers;
  const [row] = await db
    .update(messages)
    .set({ ...values, change })
    .where(and(eq(messages.id, message.id), sql`${messages.deletedAt} is null`))
    .returning();
  return row;
}

/**
 * Something about a message that is still there changed (its reactions): it takes the room's
 * next change number, so that clients resuming from an earlier one read it again.
 */
export async function touchMessage(db: Db, message: { roomId: string; id: string }) {
  const numbers = await nextChange(db, message.roomId);
  if (!numbers) return undefined;
  const [row] = await db
    .update(messages)
    .set({ change: numbers.change })
    .where(and(eq(messages.id, message.id), sql`${messages.deletedAt} is null`))
    .returning();
  return row;
}

/** The room's counters as committed now; read for every backlog. */
export async function roomCounters(db: Db, roomId: string) {
  const statement = prepared(db, 'chat.rooms.counters', (name) =>
    db
      .select({ lastSeq: rooms.lastSeq, lastChange: rooms.lastChange })
      .from(rooms)
      .where(eq(rooms.id, sql.placeholder('roomId')))
      .prepare(name),
  );
  const [row] = await statement.execute({ roomId });
  return row;
}

/**
 * What a client resuming from (afterSeq, afterChange) lacks, in change order, up to `upTo`:
 * messages after afterSeq, and edits and deletions after afterChange. Every reconnecting tab's
 * backlog is read with it: prepared once.
 */
export async function changesSince(
  db: Db,
  roomId: string,
  since: { afterSeq: number; afterChange: number; cursor: number; upTo: number; limit: number },
) {
  const statement = prepared(db, 'chat.messages.changesSince', (name) =>
    db
      .select(messageColumns)
      .from(messages)
      .where(
        and(
          eq(messages.roomId, sql.placeholder('roomId')),
          gt(messages.change, sql.placeholder('cursor')),
          lte(messages.change, sql.placeholder('upTo')),
          or(
            gt(messages.seq, sql.placeholder('afterSeq')),
            gt(messages.change, sql.placeholder('afterChange')),
          ),
        ),
      )
      .orderBy(asc(messages.change))
      .limit(sql.placeholder('limit'))
      .prepare(name),
  );
  return statement.execute({ roomId, ...since });
}

/**
 * A page of history, newest first, one more than asked to tell whether older ones exist. Every
 * opening of a room reads it: prepared once, with a variant for a page before a sequence number.
 */
export async function messagesBefore(db: Db, roomId: string, before: number | null, limit: number) {
  const name = before === null ? 'chat.history.latest' : 'chat.history.beforeSeq';
  const statement = prepared(db, name, (statementName) =>
    db
      .select(messageColumns)
      .from(messages)
      .where(
        and(
          eq(messages.roomId, sql.placeholder('roomId')),
          before === null ? undefined : lt(messages.seq, sql.placeholder('before')),
        ),
      )
      .orderBy(desc(messages.seq))
      .limit(sql.placeholder('limit'))
      .prepare(statementName),
  );
  return statement.execute({ roomId, limit: limit + 1, ...(before === null ? {} : { before }) });
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
