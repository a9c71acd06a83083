import { notifications } from '@praxis/db/schema/notifications';
import { eq, sql } from 'drizzle-orm';
import { exportRow, type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/** The keys of a notification's detail that quote the member who caused it. */
const QUOTING = '{excerpt,reason,files}';

/**
 * The member's notifications, and that they caused others' (not how those others read them).
 * An erasure deletes the former, and in the latter unnames the member and takes out what quoted
 * their words (a message's first words, a flag's or cancellation's reason, what files they sent).
 */
export const notificationsMemberData: MemberDataArea = {
  name: 'notifications',
  columns: ['notifications.member_id', 'notifications.actor_id'],
  async export(db, memberId) {
    const received = await rowsNaming(db, memberId, [[notifications, notifications.memberId]]);
    // Someone who acted anonymously stays unnamed in the export of those they notified.
    const tables = {
      notifications: (received.notifications ?? []).map((row) =>
        (row.detail as Record<string, string> | null)?.anonymousAs === undefined
          ? row
          : { ...row, actorId: null },
      ),
    };
    const caused = await db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        actorId: notifications.actorId,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(eq(notifications.actorId, memberId));
    const own = new Set((tables.notifications ?? []).map((row) => row.id));
    tables.notifications = [
      ...(tables.notifications ?? []),
      ...caused.filter((row) => !own.has(row.id)).map(exportRow),
    ];
    return { tables };
  },
  async erase(tx, memberId) {
    await tx.delete(notifications).where(eq(notifications.memberId, memberId));
    await tx
      .update(notifications)
      .set({ actorId: null, detail: sql`${notifications.detail} - ${QUOTING}::text[]` })
      .where(eq(notifications.actorId, memberId));
  },
};
