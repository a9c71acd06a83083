import type { Db } from '@praxis/db/client';
import { cohortMemberships, cohorts } from '@praxis/db/schema/cohorts';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';

// What the weekly digest reads of the cohorts module: who joined the reader's cohorts.

/**
 * Active members who joined one of `memberId`'s cohorts after `since` and up to `until`, the
 * latest first, each once (with the first of the shared cohorts they joined, by name); with how
 * many there are in all.
 */
export async function newCohortMates(
  db: Db,
  memberId: string,
  window: { since: Date; until: Date },
  limit: number,
) {
  const ownCohorts = db
    .select({ cohortId: cohortMemberships.cohortId })
    .from(cohortMemberships)
    .where(eq(cohortMemberships.memberId, memberId));
  const joinedAt = sql<Date>`max(${cohortMemberships.joinedAt})`.mapWith(
    cohortMemberships.joinedAt,
  );
  const rows = await db
    .select({
      id: members.id,
      name: members.name,
      handle: members.handle,
      headline: members.headline,
      cohortName: sql<string>`min(${cohorts.name})`,
      joinedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cohortMemberships)
    .innerJoin(members, eq(members.id, cohortMemberships.memberId))
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .where(
      and(
        inArray(cohortMemberships.cohortId, ownCohorts),
        ne(cohortMemberships.memberId, memberId),
        isNull(members.deactivatedAt),
        gt(cohortMemberships.joinedAt, window.since),
        lte(cohortMemberships.joinedAt, window.until),
      ),
    )
    .groupBy(members.id)
    .orderBy(desc(sql`max(${cohortMemberships.joinedAt})`), members.id)
    .limit(limit);
  return { total: rows[0]?.total ?? 0, members: rows.map(({ total: _, ...mate }) => mate) };
}
