import type { Db } from '@praxis/db/client';
import { messages } from '@praxis/db/schema/chat';
import { count, inArray, lt } from 'drizzle-orm';

export async function countMessagesBefore(db: Db, before: Date): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(messages)
    .where(lt(messages.createdAt, before));
  return row?.total ?? 0;
}

/** The ids of up to `limit` messages written before `before`, oldest first. */
export async function messageIdsBefore(db: Db, before: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: messages.id })
    .from(messages)
    .where(lt(messages.createdAt, before))
    .orderBy(messages.createdAt)
    .limit(limit);
  return rows.map(({ id }) => id);
}

/** Their reactions go with them (the foreign key cascades). */
export async function deleteMessages(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const gone = await db
    .delete(messages)
    .where(inArray(messages.id, ids))
    .returning({ id: messages.id });
  return gone.length;
}
