import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { flags, threads } from '@praxis/db/schema/threads';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';

// Flags on threads and replies, and the organisers who hear of them: what moderation reads and writes.

export async function activeOrganiserIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.role, ['organiser', 'admin']), isNull(members.deactivatedAt)));
  return rows.map((row) => row.id);
}

export async function insertFlag(db: Db, values: typeof flags.$inferInsert) {
  const rows = await db
    .insert(flags)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: flags.id });
  return rows[0]?.id;
}

export async function openFlagsPage(
  db: Db,
  after: { createdAt: Date; id: string } | null,
  limit: number,
) {
  return db
    .select({
      id: flags.id,
      threadId: flags.threadId,
      threadTitle: threads.title,
      replyId: flags.replyId,
      reason: flags.reason,
      memberId: flags.memberId,
      createdAt: flags.createdAt,
    })
    .from(flags)
    .innerJoin(threads, eq(threads.id, flags.threadId))
    .where(
      and(
        isNull(flags.resolvedAt),
        after
          ? sql`(${flags.createdAt}, ${flags.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(flags.createdAt), asc(flags.id))
    .limit(limit + 1);
}

/** Closes an open flag; what it was about, or null when it is gone or already closed. */
export async function resolveFlag(db: Db, id: string, resolvedById: string) {
  const [flag] = await db
    .update(flags)
    .set({ resolvedAt: sql`now()`, resolvedById })
    .where(and(eq(flags.id, id), isNull(flags.resolvedAt)))
    .returning({ threadId: flags.threadId, replyId: flags.replyId, reason: flags.reason });
  if (!flag) return null;
  const [thread] = await db
    .select({ title: threads.title })
    .from(threads)
    .where(eq(threads.id, flag.threadId));
  return { ...flag, threadTitle: thread?.title ?? null };
}

export async function flagIdsRaisedBy(db: Db, memberId: string): Promise<string[]> {
  const rows = await db.select({ id: flags.id }).from(flags).where(eq(flags.memberId, memberId));
  return rows.map((row) => row.id);
}
