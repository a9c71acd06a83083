import type { CohortBadge } from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
import { cohortMemberships, cohorts, programmes } from '@praxis/db/schema/cohorts';
import { members } from '@praxis/db/schema/members';
import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  inArray,
  isNull,
  type SQL,
  sql,
} from 'drizzle-orm';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';

/** Active members of the cohort; deactivated ones stay in it but are not counted. */
const memberCount = sql<number>`count(${members.id})`.mapWith(Number);

const cohortColumns = {
  id: cohorts.id,
  programmeId: cohorts.programmeId,
  name: cohorts.name,
  year: cohorts.year,
  startsOn: cohorts.startsOn,
  endsOn: cohorts.endsOn,
  description: cohorts.description,
  memberCount,
};

/** Cohorts with their programme, joined to their active members so they can be counted. */
function cohortsWithMembers(db: Db) {
  return db
    .select({ ...cohortColumns, programmeName: programmes.name })
    .from(cohorts)
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .leftJoin(cohortMemberships, eq(cohortMemberships.cohortId, cohorts.id))
    .leftJoin(
      members,
      and(eq(members.id, cohortMemberships.memberId), isNull(members.deactivatedAt)),
    )
    .groupBy(cohorts.id, programmes.name)
    .$dynamic();
}

export async function listProgrammes(db: Db) {
  return db.select().from(programmes).orderBy(asc(programmes.name));
}

export async function listCohorts(db: Db) {
  return cohortsWithMembers(db).orderBy(desc(cohorts.year), asc(cohorts.name));
}

export async function findProgramme(db: Db, id: string) {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  return row ?? null;
}

export async function insertProgramme(db: Db, values: { name: string; description: string }) {
  const [row] = await db.insert(programmes).values(values).returning();
  if (!row) throw new Error('programme insert returned no row');
  return row;
}

export async function insertCohort(db: Db, values: typeof cohorts.$inferInsert) {
  const [row] = await db.insert(cohorts).values(values).returning({ id: cohorts.id });
  if (!row) throw new Error('cohort insert returned no row');
  return row.id;
}

export async function findCohort(db: Db, id: string) {
  const [row] = await cohortsWithMembers(db).where(eq(cohorts.id, id));
  return row ?? null;
}

export async function cohortOrganisers(db: Db, cohortId: string) {
  return db
    .select({ id: members.id, handle: members.handle, name: members.name })
    .from(cohortMemberships)
    .innerJoin(members, eq(members.id, cohortMemberships.memberId))
    .where(
      and(
        eq(cohortMemberships.cohortId, cohortId),
        inArray(members.role, ['organiser', 'admin']),
        isNull(members.deactivatedAt),
      ),
    )
    .orderBy(asc(members.name));
}

export async function countExistingMembers(db: Db, ids: string[]) {
  const rows = await db.select({ id: members.id }).from(members).where(inArray(members.id, ids));
  return rows.length;
}

/** Adds the members; those already in the cohort are left as they are. Returns who joined. */
export async function addMembers(db: Db, cohortId: string, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  const rows = await db
    .insert(cohortMemberships)
    .values(memberIds.map((memberId) => ({ cohortId, memberId })))
    .onConflictDoNothing()
    .returning({ memberId: cohortMemberships.memberId });
  return rows.map((row) => row.memberId);
}

export async function membersAmong(
  db: Db,
  cohortId: string,
  memberIds: string[],
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .select({ memberId: cohortMemberships.memberId })
    .from(cohortMemberships)
    .where(
      and(eq(cohortMemberships.cohortId, cohortId), inArray(cohortMemberships.memberId, memberIds)),
    );
  return new Set(rows.map((row) => row.memberId));
}

export async function removeMember(db: Db, cohortId: string, memberId: string) {
  const rows = await db
    .delete(cohortMemberships)
    .where(and(eq(cohortMemberships.cohortId, cohortId), eq(cohortMemberships.memberId, memberId)))
    .returning({ memberId: cohortMemberships.memberId });
  return rows.length > 0;
}

export async function existingCohortIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: cohorts.id }).from(cohorts).where(inArray(cohorts.id, ids));
  return rows.map((row) => row.id);
}

/** The cohorts of each of the given members, oldest programme year first. */
export async function cohortBadges(
  db: Db,
  memberIds: string[],
): Promise<Map<string, CohortBadge[]>> {
  const badges = new Map<string, CohortBadge[]>();
  if (memberIds.length === 0) return badges;
  // Every directory page and profile card asks it: prepared once, for any number of members.
  const statement = prepared(db, 'cohorts.badgesOfMembers', (name) =>
    db
      .select({
        memberId: cohortMemberships.memberId,
        id: cohorts.id,
        name: cohorts.name,
        programmeName: programmes.name,
      })
      .from(cohortMemberships)
      .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
      .where(sql`${cohortMemberships.memberId} = any(${uuidArray('memberIds')})`)
      .orderBy(asc(cohorts.year), asc(cohorts.name))
      .prepare(name),
  );
  const rows = await statement.execute({ memberIds: uuidArrayValue(memberIds) });
  for (const { memberId, id, name, programmeName } of rows) {
    const list = badges.get(memberId) ?? [];
    list.push({ id, name, programmeName });
    badges.set(memberId, list);
  }
  return badges;
}

/** How many of the members `memberIds` selects (SQL) belong to each cohort, latest year first. */
export async function countMembersByCohort(db: Db, memberIds: SQL) {
  return db
    .select({ value: cohorts.id, label: cohorts.name, count: count() })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .where(sql`${cohortMemberships.memberId} in (${memberIds})`)
    .groupBy(cohorts.id, cohorts.name, cohorts.year)
    .orderBy(desc(cohorts.year), cohorts.name);
}

/** How many of the members `memberIds` selects (SQL) belong to a cohort of each programme. */
export async function countMembersByProgramme(db: Db, memberIds: SQL) {
  return db
    .select({
      value: programmes.id,
      label: programmes.name,
      count: countDistinct(cohortMemberships.memberId),
    })
    .from(cohortMemberships)
    .innerJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(sql`${cohortMemberships.memberId} in (${memberIds})`)
    .groupBy(programmes.id, programmes.name)
    .orderBy(programmes.name);
}

/** How many active members a cohort has. */
export async function countActiveMembers(db: Db, cohortId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(cohortMemberships)
    .innerJoin(members, eq(members.id, cohortMemberships.memberId))
    .where(
      and(
        eq(cohortMemberships.cohortId, cohortId),
        isNull(members.deletedAt),
        isNull(members.deactivatedAt),
      ),
    );
  return Number(row?.count ?? 0);
}
