import type { AccountMember } from '@praxis/contracts/members';
import { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { notifications } from '@praxis/db/schema/notifications';
import { and, asc, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import { ownVisible, shownActorId } from './notifications.repository.ts';

// What the e-mail module reads of notifications: which are still to be mailed, to whom, and
// marking them mailed.

/**
 * The place a notification is about, so that one mail covers one place: a chat room, else a
 * meetup, else a thread, else a lesson, else a pilot (a mention in a meetup's notes is about the
 * meetup, a direct message about its room).
 */
export type Conversation = { kind: ConversationKind; id: string } | { kind: 'other'; id: null };

const CONVERSATION_KINDS = ['room', 'meetup', 'thread', 'lesson', 'pilot'] as const;
type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export function conversationOf(row: {
  roomId: string | null;
  meetupId: string | null;
  threadId: string | null;
  lessonId: string | null;
  pilotId: string | null;
}): Conversation {
  if (row.roomId) return { kind: 'room', id: row.roomId };
  if (row.meetupId) return { kind: 'meetup', id: row.meetupId };
  if (row.threadId) return { kind: 'thread', id: row.threadId };
  if (row.lessonId) return { kind: 'lesson', id: row.lessonId };
  if (row.pilotId) return { kind: 'pilot', id: row.pilotId };
  return { kind: 'other', id: null };
}

/** `thread:<id>`, `room:<id>`, `meetup:<id>` or `other`: a conversation in a job key. */
export const conversationKey = (conversation: Conversation) =>
  conversation.id === null ? 'other' : `${conversation.kind}:${conversation.id}`;

export function parseConversationKey(key: string): Conversation | null {
  if (key === 'other') return { kind: 'other', id: null };
  const [kind, id] = key.split(':');
  const known = CONVERSATION_KINDS.find((name) => name === kind);
  if (!id || !known) return null;
  return { kind: known, id };
}

/** The rows of one conversation, by the same precedence as `conversationOf`. */
function inConversation(conversation: Conversation): SQL | undefined {
  switch (conversation.kind) {
    case 'room':
      return eq(notifications.roomId, conversation.id);
    case 'meetup':
      return and(isNull(notifications.roomId), eq(notifications.meetupId, conversation.id));
    case 'thread':
      return and(
        isNull(notifications.roomId),
        isNull(notifications.meetupId),
        eq(notifications.threadId, conversation.id),
      );
    case 'lesson':
      return and(
        isNull(notifications.roomId),
        isNull(notifications.meetupId),
        isNull(notifications.threadId),
        eq(notifications.lessonId, conversation.id),
      );
    case 'pilot':
      return and(
        isNull(notifications.roomId),
        isNull(notifications.meetupId),
        isNull(notifications.threadId),
        isNull(notifications.lessonId),
        eq(notifications.pilotId, conversation.id),
      );
    case 'other':
      return and(
        isNull(notifications.roomId),
        isNull(notifications.meetupId),
        isNull(notifications.threadId),
        isNull(notifications.lessonId),
        isNull(notifications.pilotId),
      );
  }
}

const mailColumns = {
  id: notifications.id,
  memberId: notifications.memberId,
  kind: notifications.kind,
  actorId: shownActorId,
  threadId: notifications.threadId,
  replyId: notifications.replyId,
  meetupId: notifications.meetupId,
  roomId: notifications.roomId,
  messageId: notifications.messageId,
  lessonId: notifications.lessonId,
  pilotId: notifications.pilotId,
  pilotUpdateId: notifications.pilotUpdateId,
  detail: notifications.detail,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  mailedAt: notifications.mailedAt,
};

type Row = Awaited<ReturnType<typeof selectRows>>[number];
export type MailableNotification = Omit<Row, 'kind'> & { kind: NotificationKind };

function selectRows(db: Db) {
  return db.select(mailColumns).from(notifications);
}

/** Rows of a kind this version knows; a kind added later is not mailed by an older instance. */
function known(rows: Row[]): MailableNotification[] {
  return rows.flatMap((row) => {
    const kind = NotificationKind.safeParse(row.kind);
    return kind.success ? [{ ...row, kind: kind.data }] : [];
  });
}

/** The notifications with these ids, as mail needs them, read or not, mailed or not. */
export async function notificationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return known(await selectRows(db).where(inArray(notifications.id, ids)));
}

/**
 * The viewer's notifications with these ids that are still theirs to see (as the bell and mail
 * judge it, at this moment), read or not: what push checks before it shows a notification.
 */
export async function visibleNotificationsByIds(db: Db, viewer: AccountMember, ids: string[]) {
  if (ids.length === 0) return [];
  return known(await selectRows(db).where(and(ownVisible(viewer), inArray(notifications.id, ids))));
}

/**
 * The member's notifications still to mail: unread (not seen in a tab), not mailed yet, about
 * what they may still see, created from `from` up to `until`; oldest first, at most `limit`.
 */
export async function pendingNotifications(
  db: Db,
  viewer: AccountMember,
  options: { conversation?: Conversation; from: Date; until?: Date; limit: number },
) {
  const rows = await selectRows(db)
    .where(
      and(
        ownVisible(viewer),
        isNull(notifications.readAt),
        isNull(notifications.mailedAt),
        gte(notifications.createdAt, options.from),
        options.until ? lte(notifications.createdAt, options.until) : undefined,
        options.conversation ? inConversation(options.conversation) : undefined,
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(options.limit);
  return known(rows);
}

/** Active members with unread, unmailed notifications created from `from` up to `until`. */
export async function membersWithPending(db: Db, from: Date, until: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ memberId: notifications.memberId })
    .from(notifications)
    .innerJoin(members, eq(members.id, notifications.memberId))
    .where(
      and(
        isNull(notifications.readAt),
        isNull(notifications.mailedAt),
        gte(notifications.createdAt, from),
        lte(notifications.createdAt, until),
        isNull(members.deactivatedAt),
      ),
    );
  return rows.map((row) => row.memberId);
}

/**
 * Marks notifications mailed at `at`, unless already: returns those it marked, so that of two
 * mails racing for one notification only one counts it.
 */
export async function markMailed(db: Db, ids: string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(notifications)
    .set({ mailedAt: at })
    .where(and(inArray(notifications.id, ids), isNull(notifications.mailedAt)))
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}
