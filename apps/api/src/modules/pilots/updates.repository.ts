import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { pilotFollowers, pilots, pilotTeam, pilotUpdates } from '@praxis/db/schema/pilots';
import { and, desc, eq, gte, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { isMemberOfAny } from '../cohorts/cohorts.visibility.ts';
import { pilotVisibleTo } from './pilots.visibility.ts';

const updateColumns = {
  id: pilotUpdates.id,
  pilotId: pilotUpdates.pilotId,
  authorId: pilotUpdates.authorId,
  bodySource: pilotUpdates.bodySource,
  bodyHtml: pilotUpdates.bodyHtml,
  language: pilotUpdates.language,
  stageFrom: pilotUpdates.stageFrom,
  stageTo: pilotUpdates.stageTo,
  happenedOn: pilotUpdates.happenedOn,
  createdAt: pilotUpdates.createdAt,
  editedAt: pilotUpdates.editedAt,
};

type UpdateRow = typeof pilotUpdates.$inferSelect;

const withPilot = { ...updateColumns, pilotName: pilots.name, pilotStage: pilots.stage };

/** The timeline's order: the day it is about, then when it was posted. */
export interface TimelinePosition {
  happenedOn: string;
  createdAt: string;
  id: string;
}

export async function insertUpdate(db: Db, values: typeof pilotUpdates.$inferInsert) {
  const [row] = await db.insert(pilotUpdates).values(values).returning(updateColumns);
  if (!row) throw new Error('pilot update insert returned no row');
  return row;
}

export async function findUpdate(db: Db, pilotId: string, id: string) {
  const [row] = await db
    .select(updateColumns)
    .from(pilotUpdates)
    .where(and(eq(pilotUpdates.id, id), eq(pilotUpdates.pilotId, pilotId)));
  return row ?? null;
}

export async function editUpdate(
  db: Db,
  id: string,
  values: Partial<Pick<UpdateRow, 'bodySource' | 'bodyHtml' | 'happenedOn' | 'language'>>,
) {
  const [row] = await db
    .update(pilotUpdates)
    .set({ ...values, editedAt: sql`now()` })
    .where(eq(pilotUpdates.id, id))
    .returning(updateColumns);
  return row ?? null;
}

export async function deleteUpdate(db: Db, id: string) {
  await db.delete(pilotUpdates).where(eq(pilotUpdates.id, id));
}

/** A page of a pilot's timeline, newest first: limit + 1 rows, to tell whether more follow. */
export async function timeline(
  db: Db,
  pilotId: string,
  after: TimelinePosition | null,
  limit: number,
) {
  const position = after
    ? sql`(${pilotUpdates.happenedOn}, ${pilotUpdates.createdAt}, ${pilotUpdates.id})
          < (${after.happenedOn}::date, ${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : undefined;
  return db
    .select(updateColumns)
    .from(pilotUpdates)
    .where(and(eq(pilotUpdates.pilotId, pilotId), position))
    .orderBy(desc(pilotUpdates.happenedOn), desc(pilotUpdates.createdAt), desc(pilotUpdates.id))
    .limit(limit + 1);
}

/** The latest updates to the given pilots that the viewer may see, newest posted first. */
export async function latestUpdatesOf(
  db: Db,
  viewer: AccountMember,
  pilotIds: string[],
  limit: number,
) {
  if (pilotIds.length === 0) return [];
  return db
    .select(withPilot)
    .from(pilotUpdates)
    .innerJoin(pilots, eq(pilots.id, pilotUpdates.pilotId))
    .where(and(inArray(pilotUpdates.pilotId, pilotIds), pilotVisibleTo(viewer)))
    .orderBy(desc(pilotUpdates.createdAt), desc(pilotUpdates.id))
    .limit(limit);
}

/**
 * Updates posted since `since` to pilots the viewer may see, of the invited cohorts (the pilot
 * came from one, or one of its team is in one) or of the whole network when `cohortIds` is null;
 * limit + 1 rows, newest first.
 */
export async function updatesSince(
  db: Db,
  viewer: AccountMember,
  since: Date,
  cohortIds: string[] | null,
  limit: number,
) {
  let fromCohorts: SQL | undefined;
  if (cohortIds) {
    const ids = sql`${`{${cohortIds.join(',')}}`}::uuid[]`;
    fromCohorts = or(
      sql`${pilots.cohortId} = any(${ids})`,
      sql`exists (select 1 from pilot_team t where t.pilot_id = "pilots"."id"
                  and ${isMemberOfAny(ids, sql`t.member_id`)})`,
    );
  }
  return db
    .select(withPilot)
    .from(pilotUpdates)
    .innerJoin(pilots, eq(pilots.id, pilotUpdates.pilotId))
    .where(and(gte(pilotUpdates.createdAt, since), pilotVisibleTo(viewer), fromCohorts))
    .orderBy(desc(pilotUpdates.createdAt), desc(pilotUpdates.id))
    .limit(limit + 1);
}

/**
 * Who hears of a new update: the pilot's followers and team, active, who may still see it (a
 * follower who left the cohort of a cohort-only pilot is not told).
 */
export async function updateRecipients(db: Db, pilotId: string) {
  const audience = sql`(select ${pilotFollowers.memberId} as member_id from ${pilotFollowers}
                          where ${pilotFollowers.pilotId} = ${pilotId}
                        union select ${pilotTeam.memberId} from ${pilotTeam}
                          where ${pilotTeam.pilotId} = ${pilotId})`;
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(pilots, eq(pilots.id, pilotId))
    .where(
      and(
        sql`${members.id} in (select member_id from ${audience} a)`,
        isNull(members.deactivatedAt),
        isNull(members.deletedAt),
        pilotVisibleTo({ id: sql`${members.id}`, role: sql`${members.role}` }),
      ),
    );
  return rows.map((row) => row.id);
}
