import type { Db } from '@praxis/db/client';
import { notifications } from '@praxis/db/schema/notifications';
import { and, count, inArray, isNotNull, lt } from 'drizzle-orm';

const readBefore = (before: Date) =>
  and(isNotNull(notifications.readAt), lt(notifications.createdAt, before));

export async function countReadBefore(db: Db, before: Date): Promise<number> {
  const [row] = await db.select({ total: count() }).from(notifications).where(readBefore(before));
  return row?.total ?? 0;
}

export async function deleteReadBefore(db: Db, before: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(readBefore(before))
    .limit(limit);
  const gone = await db
    .delete(notifications)
    .where(inArray(notifications.id, batch))
    .returning({ id: notifications.id });
  return gone.length;
}
