import type { TrackKind } from '@praxis/contracts/cohorts';
import type { AccountMember } from '@praxis/contracts/members';
import type { PilotStage } from '@praxis/contracts/pilots';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { pilotFollowers, pilots, pilotTeam } from '@praxis/db/schema/pilots';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import {
  cohortNameOf,
  isInProgramme,
  programmeNameOf,
  trackOf,
} from '../cohorts/cohorts.visibility.ts';
import { pilotVisibleTo } from './pilots.visibility.ts';

type Viewer = AccountMember;

/** What a board card, a profile and a pilot page show of a pilot. */
export const summaryColumns = {
  id: pilots.id,
  name: pilots.name,
  stage: pilots.stage,
  programmeId: pilots.programmeId,
  programmeName: programmeNameOf(sql.raw('"pilots"."programme_id"')),
  trackId: pilots.trackId,
  trackKind: trackOf(sql.raw('"pilots"."track_id"')).kind,
  trackName: trackOf(sql.raw('"pilots"."track_id"')).name,
  cohortId: pilots.cohortId,
  cohortName: cohortNameOf(sql.raw('"pilots"."cohort_id"')),
  visibility: pilots.visibility,
  organisations: pilots.organisations,
  stopReason: pilots.stopReason,
  startsOn: pilots.startsOn,
  endsOn: pilots.endsOn,
  teamSize:
    sql<number>`(select count(*) from pilot_team t where t.pilot_id = "pilots"."id")`.mapWith(
      Number,
    ),
  stageChangedAt: pilots.stageChangedAt,
  updatedAt: pilots.updatedAt,
};

export interface PilotSummaryRow {
  id: string;
  name: string;
  stage: PilotStage;
  programmeId: string | null;
  programmeName: string | null;
  trackId: string | null;
  trackKind: TrackKind | null;
  trackName: string | null;
  cohortId: string | null;
  cohortName: string | null;
  visibility: 'network' | 'cohort';
  organisations: string[];
  stopReason: string | null;
  startsOn: string | null;
  endsOn: string | null;
  teamSize: number;
  stageChangedAt: Date;
  updatedAt: Date;
}

/** The pilot, with what its page shows, when the viewer may see it; null otherwise. */
export async function findVisiblePilot(db: Db, viewer: Viewer, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      summarySource: pilots.summarySource,
      summaryHtml: pilots.summaryHtml,
      language: pilots.language,
      createdAt: pilots.createdAt,
      followerCount:
        sql<number>`(select count(*) from pilot_followers f where f.pilot_id = "pilots"."id")`.mapWith(
          Number,
        ),
      following: sql<boolean>`exists (select 1 from pilot_followers f
        where f.pilot_id = "pilots"."id" and f.member_id = ${viewer.id}::uuid)`,
    })
    .from(pilots)
    .where(and(eq(pilots.id, id), pilotVisibleTo(viewer)));
  return row ?? null;
}

export type PilotRow = NonNullable<Awaited<ReturnType<typeof findVisiblePilot>>>;

/** The pilot's own columns, locked for a change that reads and writes them. */
export async function lockPilot(db: Db, id: string) {
  const [row] = await db.select().from(pilots).where(eq(pilots.id, id)).for('update');
  return row ?? null;
}

export async function insertPilot(db: Db, values: typeof pilots.$inferInsert) {
  const [row] = await db.insert(pilots).values(values).returning({ id: pilots.id });
  if (!row) throw new Error('pilot insert returned no row');
  return row.id;
}

export async function updatePilot(db: Db, id: string, values: Partial<typeof pilots.$inferInsert>) {
  await db
    .update(pilots)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(pilots.id, id));
}

export async function deletePilot(db: Db, id: string) {
  const rows = await db.delete(pilots).where(eq(pilots.id, id)).returning({ name: pilots.name });
  return rows[0] ?? null;
}

export async function teamOf(db: Db, pilotId: string) {
  return db
    .select({
      memberId: pilotTeam.memberId,
      role: pilotTeam.role,
      joinedAt: pilotTeam.joinedAt,
      deactivated: sql<boolean>`${members.deactivatedAt} is not null`,
    })
    .from(pilotTeam)
    .innerJoin(members, eq(members.id, pilotTeam.memberId))
    .where(eq(pilotTeam.pilotId, pilotId))
    .orderBy(asc(pilotTeam.joinedAt), asc(pilotTeam.memberId));
}

export async function isInTeam(db: Db, pilotId: string, memberId: string) {
  const [row] = await db
    .select({ memberId: pilotTeam.memberId })
    .from(pilotTeam)
    .where(and(eq(pilotTeam.pilotId, pilotId), eq(pilotTeam.memberId, memberId)));
  return row !== undefined;
}

/** The member's role in the pilot's team, or null when they are not in it. */
export async function roleOf(db: Db, pilotId: string, memberId: string) {
  const [row] = await db
    .select({ role: pilotTeam.role })
    .from(pilotTeam)
    .where(and(eq(pilotTeam.pilotId, pilotId), eq(pilotTeam.memberId, memberId)));
  return row?.role ?? null;
}

/** Roles are free text; a lead is whoever the team calls "lead", however written. */
export const isLeadRole = (role: string | null) => role?.trim().toLowerCase() === 'lead';

/** Adds the member with the role, or changes the role of one already in; true when they joined. */
export async function putTeamMember(db: Db, pilotId: string, memberId: string, role: string) {
  const joined = await db
    .insert(pilotTeam)
    .values({ pilotId, memberId, role })
    .onConflictDoNothing()
    .returning({ memberId: pilotTeam.memberId });
  if (joined.length > 0) return true;
  await db
    .update(pilotTeam)
    .set({ role })
    .where(and(eq(pilotTeam.pilotId, pilotId), eq(pilotTeam.memberId, memberId)));
  return false;
}

export async function removeTeamMember(db: Db, pilotId: string, memberId: string) {
  const rows = await db
    .delete(pilotTeam)
    .where(and(eq(pilotTeam.pilotId, pilotId), eq(pilotTeam.memberId, memberId)))
    .returning({ memberId: pilotTeam.memberId });
  return rows.length > 0;
}

export async function teamSize(db: Db, pilotId: string) {
  const [row] = await db
    .select({ size: count() })
    .from(pilotTeam)
    .where(eq(pilotTeam.pilotId, pilotId));
  return row?.size ?? 0;
}

export async function setFollowing(db: Db, pilotId: string, memberId: string, following: boolean) {
  if (following) {
    await db.insert(pilotFollowers).values({ pilotId, memberId }).onConflictDoNothing();
  } else {
    await db
      .delete(pilotFollowers)
      .where(and(eq(pilotFollowers.pilotId, pilotId), eq(pilotFollowers.memberId, memberId)));
  }
}

/** Whether the member exists and is active: only such members join a team. */
export async function isActiveMember(db: Db, memberId: string) {
  const [row] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.id, memberId), isNull(members.deactivatedAt), isNull(members.deletedAt)));
  return row !== undefined;
}

/** Whether the programme exists, and whether the member belongs to one of its cohorts. */
export async function programmeFacts(db: Db, programmeId: string, memberId: string) {
  const result = await db.execute(
    sql`select ${programmeNameOf(sql`${programmeId}::uuid`)} is not null as found,
               ${isInProgramme(sql`${programmeId}::uuid`, sql`${memberId}::uuid`)} as member`,
  );
  const [row] = (result as unknown as { rows: { found: boolean; member: boolean }[] }).rows;
  return { found: row?.found === true, member: row?.member === true };
}

/** A member by handle, as far as others may know of them. */
export async function memberByHandle(db: Db, handle: string) {
  const [row] = await db
    .select({ id: members.id, deactivatedAt: members.deactivatedAt, deletedAt: members.deletedAt })
    .from(members)
    .where(eq(sql`lower(${members.handle})`, handle.toLowerCase()));
  return row ?? null;
}
