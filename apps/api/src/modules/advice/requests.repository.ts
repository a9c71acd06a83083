import type { AdviserSettingsBody } from '@praxis/contracts/advice';
import type { Db } from '@praxis/db/client';
import { type AdviceRequestState, adviceRequests, adviserSettings } from '@praxis/db/schema/advice';
import {
  and,
  count,
  countDistinct,
  desc,
  eq,
  gte,
  inArray,
  lt,
  notInArray,
  or,
  sql,
} from 'drizzle-orm';
import type { AdviserLimits } from './availability.service.ts';

/** Requests that no longer hold one of the adviser's places for the month. */
const RELEASED: AdviceRequestState[] = ['declined', 'expired'];

export async function limitsOf(db: Db, memberIds: string[]): Promise<Map<string, AdviserLimits>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({
      memberId: adviserSettings.memberId,
      monthlyCapacity: adviserSettings.monthlyCapacity,
      awayUntil: adviserSettings.awayUntil,
    })
    .from(adviserSettings)
    .where(inArray(adviserSettings.memberId, memberIds));
  return new Map(rows.map(({ memberId, ...limits }) => [memberId, limits]));
}

/**
 * Locks the adviser's limits until the caller's transaction ends, so that a second request for
 * the same adviser waits and then counts the first. An adviser without limits has no row to
 * lock, and needs none: nothing can fill them up.
 */
export async function lockLimits(db: Db, memberId: string): Promise<AdviserLimits | undefined> {
  const [row] = await db
    .select({
      monthlyCapacity: adviserSettings.monthlyCapacity,
      awayUntil: adviserSettings.awayUntil,
    })
    .from(adviserSettings)
    .where(eq(adviserSettings.memberId, memberId))
    .for('update');
  return row;
}

export async function saveLimits(db: Db, memberId: string, limits: AdviserSettingsBody) {
  await db
    .insert(adviserSettings)
    .values({ memberId, ...limits })
    .onConflictDoUpdate({
      target: adviserSettings.memberId,
      set: { ...limits, updatedAt: sql`now()` },
    });
}

/** How many requests each member took on since `since`, those declined or expired aside. */
export async function takenSince(
  db: Db,
  memberIds: string[],
  since: Date,
): Promise<Map<string, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({ memberId: adviceRequests.memberId, taken: count() })
    .from(adviceRequests)
    .where(
      and(
        inArray(adviceRequests.memberId, memberIds),
        gte(adviceRequests.createdAt, since),
        notInArray(adviceRequests.state, RELEASED),
      ),
    )
    .groupBy(adviceRequests.memberId);
  return new Map(rows.map((row) => [row.memberId, row.taken]));
}

/** How many different askers said each member's advice helped them. */
export async function helpedCounts(db: Db, memberIds: string[]): Promise<Map<string, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({ memberId: adviceRequests.memberId, helped: countDistinct(adviceRequests.askedById) })
    .from(adviceRequests)
    .where(and(inArray(adviceRequests.memberId, memberIds), eq(adviceRequests.helped, true)))
    .groupBy(adviceRequests.memberId);
  return new Map(rows.map((row) => [row.memberId, row.helped]));
}

export type AdviceRequestRow = typeof adviceRequests.$inferSelect;

export async function findRequest(
  db: Db,
  threadId: string,
  memberId: string,
): Promise<AdviceRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(adviceRequests)
    .where(and(eq(adviceRequests.threadId, threadId), eq(adviceRequests.memberId, memberId)))
    .for('update');
  return row;
}

/**
 * Changes a request only while it is in one of `from`: of two changes racing, the second finds
 * it moved on and changes nothing (undefined).
 */
export async function moveRequest(
  db: Db,
  key: { threadId: string; memberId: string },
  from: AdviceRequestState[],
  change: Partial<AdviceRequestRow>,
): Promise<AdviceRequestRow | undefined> {
  const [row] = await db
    .update(adviceRequests)
    .set(change)
    .where(
      and(
        eq(adviceRequests.threadId, key.threadId),
        eq(adviceRequests.memberId, key.memberId),
        inArray(adviceRequests.state, from),
      ),
    )
    .returning();
  return row;
}

/** A page of the requests made to an adviser, newest first, after the cursor's request. */
export async function requestsTo(
  db: Db,
  memberId: string,
  after: { createdAt: Date; threadId: string } | null,
  limit: number,
): Promise<AdviceRequestRow[]> {
  return db
    .select()
    .from(adviceRequests)
    .where(
      and(
        eq(adviceRequests.memberId, memberId),
        after
          ? or(
              lt(adviceRequests.createdAt, after.createdAt),
              and(
                eq(adviceRequests.createdAt, after.createdAt),
                lt(adviceRequests.threadId, after.threadId),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(adviceRequests.createdAt), desc(adviceRequests.threadId))
    .limit(limit);
}

/** Pending requests that expire after `now`: what the reminder and expiry jobs are planned for. */
export async function pendingRequests(db: Db) {
  return db
    .select({
      threadId: adviceRequests.threadId,
      memberId: adviceRequests.memberId,
      expiresAt: adviceRequests.expiresAt,
    })
    .from(adviceRequests)
    .where(eq(adviceRequests.state, 'pending'));
}
