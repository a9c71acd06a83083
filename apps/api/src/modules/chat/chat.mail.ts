import type { Db } from '@praxis/db/client';
import { messages } from '@praxis/db/schema/chat';
import type { Locale } from '@praxis/i18n/locales';
import { translate } from '@praxis/i18n/translate';
import { and, count, desc, eq, gte, inArray, isNull, lte, min } from 'drizzle-orm';
import { markdownToText } from '../../markdown.ts';
import { filesOf } from '../attachments/attachments.service.ts';
import { authorsById } from '../members/members.service.ts';
import * as rooms from './rooms.repository.ts';
import { roomName } from './rooms.service.ts';

// What mails about chat show: the room's name as the member sees it, and the messages since the
// one they were told of, so that a member who only reads mail can follow a conversation.

export interface RoomForMail {
  id: string;
  kind: 'network' | 'cohort' | 'meetup' | 'direct';
  /**
   * As the room list names it for this member, in their language: a direct room by the others
   * in it.
   */
  title: string;
  /** How many others a direct room holds (0 for other rooms). */
  others: number;
}

/** The room, if the member is in it, named in `locale`, the language the mail is written in. */
export async function roomForMail(
  db: Db,
  viewerId: string,
  roomId: string,
  locale: Locale,
): Promise<RoomForMail | null> {
  const row = await rooms.roomFor(db, viewerId, roomId);
  if (!row) return null;
  const others =
    row.kind === 'direct' ? await rooms.otherDirectMembers(db, viewerId, [row.id]) : [];
  const authors = await authorsById(
    db,
    others.map((other) => other.memberId),
  );
  const names = [...authors.values()]
    .map((author) => author.name)
    .sort((a, b) => a.localeCompare(b));
  return {
    id: row.id,
    kind: row.kind,
    title: roomName(row) ?? unnamedRoomTitle(locale, row.kind, names),
    others: others.length,
  };
}

/**
 * What the web's room list calls a room without a name of its own, from the same words: the
 * network room, a direct conversation by the others in it (names side by side, as a title), a
 * cohort or meetup whose name is gone.
 */
function unnamedRoomTitle(locale: Locale, kind: RoomForMail['kind'], names: string[]): string {
  switch (kind) {
    case 'network':
      return translate(locale, 'chat.title.network');
    case 'cohort':
      return translate(locale, 'chat.title.cohort');
    case 'meetup':
      return translate(locale, 'chat.title.meetup');
    case 'direct':
      return names.length > 0
        ? new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(names)
        : translate(locale, 'chat.title.everyoneLeft');
  }
}

const EXCERPT_LENGTH = 140;

/** A message as a notification quotes it: one line, cut short. */
export function excerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

/**
 * What a message without text sent, so that what quotes it says "sent a picture" or "sent a
 * file" rather than nothing; null when it has text (or nothing at all).
 */
export function sentFiles(
  body: string,
  files: readonly { kind: string }[] | undefined,
): 'picture' | 'file' | null {
  if (body.trim() !== '' || !files?.length) return null;
  return files.every((file) => file.kind === 'image') ? 'picture' : 'file';
}

/** What a notification quotes of a message: its first words, or what it sent instead; nothing once deleted. */
export function quoteOf(message: {
  body: string;
  attachments: readonly { kind: string }[];
  deletedAt?: string | Date | null;
}) {
  if (message.deletedAt) return { excerpt: '', files: null };
  return { excerpt: excerpt(message.body), files: sentFiles(message.body, message.attachments) };
}

export interface MessageForMail {
  id: string;
  seq: number;
  authorId: string;
  text: string;
  /** For a message without text: what it sent instead. */
  files: 'picture' | 'file' | null;
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
  const silent = rows.filter((row) => row.body.trim() === '').map((row) => row.id);
  const files =
    silent.length > 0
      ? await filesOf(db, 'message', silent)
      : new Map<string, { kind: string }[]>();
  return {
    messages: rows.reverse().map(({ body, ...row }) => ({
      ...row,
      text: markdownToText(body),
      files: sentFiles(body, files.get(row.id)),
    })),
    earlier: Math.max(0, Number(total?.n ?? 0) - rows.length),
  };
}
