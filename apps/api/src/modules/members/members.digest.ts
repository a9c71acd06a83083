import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { accountColumns } from './account-columns.ts';

// What the weekly digest reads of the members module.

/** Active members after `afterId` in id order, `limit` at a time: to go through them all in pages. */
export async function activeMembersAfter(db: Db, afterId: string | null, limit: number) {
  return db
    .select({ id: members.id, role: members.role })
    .from(members)
    .where(and(isNull(members.deactivatedAt), afterId ? gt(members.id, afterId) : undefined))
    .orderBy(asc(members.id))
    .limit(limit);
}

/** The member a digest is for, with the topics they know about; null when not active. */
export async function digestReader(db: Db, memberId: string) {
  const [row] = await db
    .select({
      ...accountColumns,
      expertise: members.expertise,
      adviceTopics: members.adviceTopics,
      createdAt: members.createdAt,
    })
    .from(members)
    .where(and(eq(members.id, memberId), isNull(members.deactivatedAt)));
  return row ?? null;
}
