import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { calendarFeeds } from '@praxis/db/schema/calendar';
import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { accountColumns } from '../members/account-columns.ts';

export async function findFeed(db: Db, memberId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.memberId, memberId));
  return row;
}

/** One feed per member: a new token replaces the old one, whose URL stops working. */
export async function replaceFeed(db: Db, memberId: string, tokenHash: string) {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ memberId, tokenHash })
    .onConflictDoUpdate({
      target: calendarFeeds.memberId,
      set: { tokenHash, createdAt: sql`now()` },
    })
    .returning({ createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error('calendar feed upsert returned no row');
  return row;
}

export async function deleteFeed(db: Db, memberId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.memberId, memberId));
}

/** Whose feed a token opens; nobody's once they are deactivated. */
export async function findFeedOwner(db: Db, tokenHash: string): Promise<AccountMember | undefined> {
  const [row] = await db
    .select(accountColumns)
    .from(calendarFeeds)
    .innerJoin(members, eq(members.id, calendarFeeds.memberId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(members.deactivatedAt)));
  return row;
}
