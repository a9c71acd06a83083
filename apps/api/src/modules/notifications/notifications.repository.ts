import type { AccountMember } from '@praxis/contracts/members';
import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { meetups } from '@praxis/db/schema/meetups';
import { notifications } from '@praxis/db/schema/notifications';
import { threads } from '@praxis/db/schema/threads';
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';
import { roomVisibleTo } from '../chat/room-visibility.ts';
import { meetupVisibleTo } from '../meetups/meetup-visibility.ts';
import { threadVisibleTo } from '../threads/thread-visibility.ts';

export type NewNotification = typeof notifications.$inferInsert;

export async function insert(db: Db, rows: NewNotification[]) {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning({
    id: notifications.id,
    memberId: notifications.memberId,
    kind: notifications.kind,
  });
}

/**
 * A member's notifications that are still theirs to see: one about a thread, meetup or chat room
 * they can no longer see (hidden, or they left its cohort) is left out rather than leak its
 * title or a message. The queries join `threads` and `meetups`, which the visibility conditions
 * name; a chat room is named by the detail's `roomId`.
 */
function ownVisible(viewer: AccountMember): SQL {
  return and(
    eq(notifications.memberId, viewer.id),
    sql`(${notifications.threadId} is null or ${threadVisibleTo(viewer)})`,
    sql`(${notifications.meetupId} is null or ${meetupVisibleTo(viewer)})`,
    sql`(${notifications.detail}->>'roomId' is null or exists (select 1 from rooms
      where rooms.id = (${notifications.detail}->>'roomId')::uuid and ${roomVisibleTo(viewer.id)}))`,
  ) as SQL;
}

export async function findPage(
  db: Db,
  viewer: AccountMember,
  options: { unread: boolean; after: Position | null; limit: number },
) {
  const { after } = options;
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorId: notifications.actorId,
      threadId: notifications.threadId,
      threadTitle: threads.title,
      replyId: notifications.replyId,
      meetupId: notifications.meetupId,
      meetupTitle: meetups.title,
      detail: notifications.detail,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(meetups, eq(meetups.id, notifications.meetupId))
    .where(
      and(
        ownVisible(viewer),
        options.unread ? isNull(notifications.readAt) : undefined,
        after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit + 1);
}

export async function countUnread(db: Db, viewer: AccountMember): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(meetups, eq(meetups.id, notifications.meetupId))
    .where(and(ownVisible(viewer), isNull(notifications.readAt)));
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

export async function markThreadRead(db: Db, memberId: string, threadId: string) {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.memberId, memberId),
        eq(notifications.threadId, threadId),
        isNull(notifications.readAt),
      ),
    );
}

export async function markAllRead(db: Db, memberId: string) {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.memberId, memberId), isNull(notifications.readAt)));
}

/** Of `memberIds`, those with an unread notification of `kind` whose detail names the room. */
export async function withUnreadAboutRoom(
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
        sql`${notifications.detail}->>'roomId' = ${roomId}`,
      ),
    );
  return new Set(rows.map((row) => row.memberId));
}

/** Sets fields of the detail of every notification of these kinds whose detail holds `match`. */
export async function setDetailOf(
  db: Db,
  kinds: NotificationKind[],
  match: Record<string, string>,
  fields: Record<string, string>,
) {
  await db
    .update(notifications)
    .set({ detail: sql`${notifications.detail} || ${JSON.stringify(fields)}::jsonb` })
    .where(
      and(
        inArray(notifications.kind, kinds),
        sql`${notifications.detail} @> ${JSON.stringify(match)}::jsonb`,
      ),
    );
}
