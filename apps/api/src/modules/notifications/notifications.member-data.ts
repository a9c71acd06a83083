import { notifications } from '@praxis/db/schema/notifications';
import { eq } from 'drizzle-orm';
import { exportRow, type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The member's notifications, and that they caused others' (not how those others read them).
 * An erasure deletes the former and unnames the member in the latter.
 */
export const notificationsMemberData: MemberDataArea = {
  name: 'notifications',
  columns: ['notifications.member_id', 'notifications.actor_id'],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [[notifications, notifications.memberId]]);
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
      .set({ actorId: null })
      .where(eq(notifications.actorId, memberId));
  },
};
