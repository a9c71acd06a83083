import type { AccountMember } from '@praxis/contracts/members';
import { type NotificationKind, UNREAD_COUNT_LIMIT } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { notifications } from '@praxis/db/schema/notifications';
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { prepared } from '../../lib/prepared-statements.ts';
import type { Position } from '../../pagination.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { messageIdsUpTo, roomIdVisibleTo } from '../chat/chat.visibility.ts';
import { lessonIdVisibleTo, lessonTitleFor } from '../lessons/lessons.visibility.ts';
import { meetupIdVisibleTo, meetupTitleOf } from '../meetups/meetups.visibility.ts';
import { pilotIdVisibleTo, pilotNameFor } from '../pilots/pilots.visibility.ts';
import { threadIdVisibleTo, threadTitleOf } from '../threads/threads.visibility.ts';

export type NewNotification = typeof notifications.$inferInsert;

export async function insert(db: Db, rows: NewNotification[]) {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning({
    id: notifications.id,
    memberId: notifications.memberId,
    kind: notifications.kind,
  });
}

// Qualified: inside the owners' subqueries an unqualified name would be their own column.
const column = (name: string) => sql.raw(`"notifications"."${name}"`);

/**
 * The viewer of a prepared statement: the id a placeholder, the role written into the text (the
 * rules only ask whether it sees everything), so each statement has a variant per kind of role.
 */
type PreparedViewer = { id: SQL; role: SQL };

function preparedViewer(viewer: AccountMember, variant: string) {
  const organiser = isOrganiser(viewer);
  return {
    viewer: {
      id: sql`${sql.placeholder('viewerId')}::uuid`,
      role: sql.raw(organiser ? "'organiser'" : "'member'"),
    } satisfies PreparedViewer,
    name: `${variant}.${organiser ? 'organiser' : 'member'}`,
  };
}

/**
 * A member's notifications that are still theirs to see: one about a thread, meetup or chat room
 * they can no longer see (hidden, or they left its cohort) is left out rather than leak its
 * title or a message. Each owner's rule decides, given the id the notification holds.
 */
export function ownVisible(viewer: AccountMember | PreparedViewer): SQL {
  return and(
    eq(notifications.memberId, viewer.id),
    sql`(${notifications.threadId} is null or ${threadIdVisibleTo(column('thread_id'), viewer)})`,
    sql`(${notifications.meetupId} is null or ${meetupIdVisibleTo(column('meetup_id'), viewer)})`,
    sql`(${notifications.roomId} is null or ${roomIdVisibleTo(column('room_id'), viewer.id)})`,
    sql`(${notifications.lessonId} is null or ${lessonIdVisibleTo(column('lesson_id'), viewer)})`,
    sql`(${notifications.pilotId} is null or ${pilotIdVisibleTo(column('pilot_id'), viewer)})`,
  ) as SQL;
}

/**
 * A page of the member's notifications. Its text varies with the unread filter, the cursor and
 * the viewer's kind of role: each variant is prepared once, with the values as placeholders.
 */
export async function findPage(
  db: Db,
  member: AccountMember,
  options: { unread: boolean; after: Position | null; limit: number },
) {
  const { after } = options;
  const variant = `notifications.page${options.unread ? '.unread' : ''}${after ? '.afterCursor' : ''}`;
  const { viewer, name } = preparedViewer(member, variant);
  const statement = prepared(db, name, (statementName) =>
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        actorId: shownActorId,
        threadId: notifications.threadId,
        threadTitle: threadTitleOf(column('thread_id')),
        replyId: notifications.replyId,
        meetupId: notifications.meetupId,
        meetupTitle: meetupTitleOf(column('meetup_id')),
        roomId: notifications.roomId,
        lessonId: notifications.lessonId,
        lessonTitle: lessonTitleFor(column('lesson_id'), viewer),
        pilotId: notifications.pilotId,
        pilotName: pilotNameFor(column('pilot_id'), viewer),
        detail: notifications.detail,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(
        and(
          ownVisible(viewer),
          options.unread ? isNull(notifications.readAt) : undefined,
          after
            ? sql`(${notifications.createdAt}, ${notifications.id}) < (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(sql.placeholder('limit'))
      .prepare(statementName),
  );
  return statement.execute({
    viewerId: member.id,
    limit: options.limit + 1,
    ...(after ? { afterAt: after.createdAt.toISOString(), afterId: after.id } : {}),
  });
}

/**
 * How many of the member's notifications are unread, counted up to UNREAD_COUNT_LIMIT: the bell
 * says "99+" past that, and a member away for months must not make every page count thousands.
 * Prepared: planning this statement, with every owner's rule in it, cost more than running it.
 */
export async function countUnread(db: Db, member: AccountMember): Promise<number> {
  const { viewer, name } = preparedViewer(member, 'notifications.unreadCount');
  const statement = prepared(db, name, (statementName) => {
    const unread = db
      .select({ one: sql`1` })
      .from(notifications)
      .where(and(ownVisible(viewer), isNull(notifications.readAt)))
      .limit(UNREAD_COUNT_LIMIT)
      .as('unread');
    return db.select({ total: count() }).from(unread).prepare(statementName);
  });
  const [row] = await statement.execute({ viewerId: member.id });
  return row?.total ?? 0;
}

/** Marks one of the member's notifications read; false when they have none with this id. */
export async function markRead(db: Db, memberId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.memberId, memberId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Marks read the member's unread notifications that meet `condition` (all without one). */
async function markUnreadRead(db: Db, memberId: string, condition?: SQL) {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.memberId, memberId), isNull(notifications.readAt), condition));
}

/** Whether the member has unread notifications about a thread, as a column (the unread index). */
export function unreadAboutThread(memberId: string | SQL, threadId: SQL): SQL<boolean> {
  return sql<boolean>`exists (select 1 from notifications n
    where n.member_id = ${memberId} and n.read_at is null and n.thread_id = ${threadId})`;
}

export async function markThreadRead(db: Db, memberId: string, threadId: string) {
  await markUnreadRead(db, memberId, eq(notifications.threadId, threadId));
}

/** The member read a chat room up to `seq`: what they were told of in it up to there is read. */
export async function markRoomRead(db: Db, memberId: string, roomId: string, seq: number) {
  await markUnreadRead(
    db,
    memberId,
    and(
      eq(notifications.roomId, roomId),
      sql`${notifications.messageId} in (${messageIdsUpTo(roomId, seq)})`,
    ),
  );
}

/** Deletes what the member was told about a chat room: they left it. */
export async function forgetRoom(db: Db, memberId: string, roomId: string) {
  await db
    .delete(notifications)
    .where(and(eq(notifications.memberId, memberId), eq(notifications.roomId, roomId)));
}

export async function markAllRead(db: Db, memberId: string) {
  await markUnreadRead(db, memberId);
}

/**
 * Of `memberIds`, those with a notification of `kind` about the room that is still unread and
 * not yet mailed: one that went out by e-mail no longer stands for the messages after it.
 */
export async function withPendingAboutRoom(
  db: Db,
  memberIds: string[],
  kind: NotificationKind,
  roomId: string,
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ memberId: notifications.memberId })
    .from(notifications)
    .where(
      and(
        inArray(notifications.memberId, memberIds),
        eq(notifications.kind, kind),
        isNull(notifications.readAt),
        isNull(notifications.mailedAt),
        eq(notifications.roomId, roomId),
      ),
    );
  return new Set(rows.map((row) => row.memberId));
}

/**
 * Of `memberIds`, those already notified of `kind` about this post: the thread's opening post
 * (`replyId` null), a reply, a chat message, or a meetup's notes.
 */
export async function alreadyNotified(
  db: Db,
  kind: NotificationKind,
  about:
    | { threadId: string; replyId: string | null }
    | { messageId: string }
    | { meetupId: string },
  memberIds: string[],
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const post =
    'messageId' in about
      ? eq(notifications.messageId, about.messageId)
      : 'meetupId' in about
        ? eq(notifications.meetupId, about.meetupId)
        : and(
            eq(notifications.threadId, about.threadId),
            about.replyId === null
              ? isNull(notifications.replyId)
              : eq(notifications.replyId, about.replyId),
          );
  const rows = await db
    .selectDistinct({ memberId: notifications.memberId })
    .from(notifications)
    .where(and(inArray(notifications.memberId, memberIds), eq(notifications.kind, kind), post));
  return new Set(rows.map((row) => row.memberId));
}

/**
 * Holds, until the transaction ends, the actor's lock for one purpose (`topic`): whoever counts
 * what an actor caused under it sees the rows of the transaction that held it before.
 */
export async function lockCausedBy(db: Db, actorId: string, topic: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`${topic}:${actorId}`}))`);
}

/** How many notifications of these kinds the actor caused in the last `seconds` seconds. */
export async function countCausedSince(
  db: Db,
  actorId: string,
  kinds: NotificationKind[],
  seconds: number,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.actorId, actorId),
        inArray(notifications.kind, kinds),
        sql`${notifications.createdAt} > now() - make_interval(secs => ${seconds})`,
      ),
    );
  return Number(row?.total ?? 0);
}

/** Sets fields of the detail of every notification of these kinds about the message. */
export async function setMessageDetail(
  db: Db,
  kinds: NotificationKind[],
  messageId: string,
  fields: Record<string, string>,
  /** Keys taken out of the detail (what no longer holds, such as "sent a picture"). */
  removed: string[] = [],
) {
  const kept = removed.length
    ? sql`(${notifications.detail} - ${`{${removed.join(',')}}`}::text[])`
    : sql`${notifications.detail}`;
  await db
    .update(notifications)
    .set({ detail: sql`${kept} || ${JSON.stringify(fields)}::jsonb` })
    .where(and(eq(notifications.messageId, messageId), inArray(notifications.kind, kinds)));
}

/**
 * The actor's id as anything outside the actor's own data may read it: none for what they did
 * anonymously (the notification's detail then names them as their post does).
 */
export const shownActorId = sql<
  string | null
>`case when ${notifications.detail} ->> 'anonymousAs' is null then ${notifications.actorId} end`;
