import type { Db } from '@praxis/db/client';
import { messages } from '@praxis/db/schema/chat';
import { and, count, desc, eq, gte, inArray, isNull, lte, min } from 'drizzle-orm';
import { markdownToText } from '../../markdown.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as rooms from './rooms.repository.ts';
import { roomTitle } from './rooms.service.ts';

// What mails about chat show: the room's name as the member sees it, and the messages since the
// one they were told of, so that a member who only reads mail can follow a conversation.

export interface RoomForMail {
  id: string;
  kind: 'network' | 'cohort' | 'meetup' | 'direct';
  /** As the room list names it for this member: a direct room by the others in it. */
  title: string;
  /** How many others a direct room holds (0 for other rooms). */
  others: number;
}

/** The room, if the member is in it. */
export async function roomForMail(
  db: Db,
  viewerId: string,
  roomId: string,
): Promise<RoomForMail | null> {
  const row = await rooms.roomFor(db, viewerId, roomId);
  if (!row) return null;
  const others =
    row.kind === 'direct' ? await rooms.otherDirectMembers(db, viewerId, [row.id]) : [];
  const authors = await authorsById(
    db,
    others.map((other) => other.memberId),
  );
  const people = [...authors.values()].map(toAuthor).sort((a, b) => a.name.localeCompare(b.name));
  return { id: row.id, kind: row.kind, title: roomTitle(row, people), others: others.length };
}

export interface MessageForMail {
  id: string;
  seq: number;
  authorId: string;
  text: string;
  createdAt: Date;
}

/**
 * The room's messages from the earliest of `fromMessageIds` on, up to `until`, deleted ones
 * left out: the last `limit` of them, and how many earlier ones that leaves out.
 */
export async function messagesSince(
  db: Db,
  roomId: string,
  fromMessageIds: string[],
  until: Date,
  limit: number,
): Promise<{ messages: MessageForMail[]; earlier: number }> {
  if (fromMessageIds.length === 0) return { messages: [], earlier: 0 };
  const [start] = await db
    .select({ seq: min(messages.seq) })
    .from(messages)
    .where(and(eq(messages.roomId, roomId), inArray(messages.id, fromMessageIds)));
  if (start?.seq === null || start?.seq === undefined) return { messages: [], earlier: 0 };
  const window = and(
    eq(messages.roomId, roomId),
    gte(messages.seq, start.seq),
    lte(messages.createdAt, until),
    isNull(messages.deletedAt),
  );
  const [total] = await db.select({ n: count() }).from(messages).where(window);
  const rows = await db
    .select({
      id: messages.id,
      seq: messages.seq,
      authorId: messages.authorId,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(window)
    .orderBy(desc(messages.seq))
    .limit(limit);
  return {
    messages: rows.reverse().map(({ body, ...row }) => ({ ...row, text: markdownToText(body) })),
    earlier: Math.max(0, Number(total?.n ?? 0) - rows.length),
  };
}
