import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import {
  meetupSeries,
  meetupSeriesCohorts,
  meetupSeriesOrganisers,
} from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { cohortNameOf } from '../cohorts/cohorts.visibility.ts';
import { seriesVisibleTo } from './meetups.visibility.ts';

export async function insertSeries(
  db: Db,
  values: typeof meetupSeries.$inferInsert,
  cohortIds: string[],
  organiserIds: string[],
) {
  const [row] = await db.insert(meetupSeries).values(values).returning({ id: meetupSeries.id });
  if (!row) throw new Error('series insert returned no row');
  if (cohortIds.length) {
    await db
      .insert(meetupSeriesCohorts)
      .values(cohortIds.map((cohortId) => ({ seriesId: row.id, cohortId })));
  }
  if (organiserIds.length) {
    await db
      .insert(meetupSeriesOrganisers)
      .values(organiserIds.map((memberId) => ({ seriesId: row.id, memberId })));
  }
  return row.id;
}

export async function activeMemberIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, ids), isNull(members.deactivatedAt)));
  return rows.map((row) => row.id);
}

/** The series rule over the `meetup_series` table, spelled qualified for the subqueries. */
const visibleSeries = (viewer: AccountMember) =>
  seriesVisibleTo(viewer, sql.raw('"meetup_series"."id"'));

export async function listSeries(db: Db, viewer: AccountMember) {
  return db
    .select()
    .from(meetupSeries)
    .where(visibleSeries(viewer))
    .orderBy(asc(meetupSeries.name));
}

export async function findSeries(db: Db, viewer: AccountMember, id: string) {
  const [row] = await db
    .select()
    .from(meetupSeries)
    .where(and(eq(meetupSeries.id, id), visibleSeries(viewer)));
  return row;
}

export async function seriesCohorts(db: Db, seriesIds: string[]) {
  if (seriesIds.length === 0) return [];
  const name = cohortNameOf(sql`${meetupSeriesCohorts.cohortId}`);
  const rows = await db
    .select({ seriesId: meetupSeriesCohorts.seriesId, id: meetupSeriesCohorts.cohortId, name })
    .from(meetupSeriesCohorts)
    .where(inArray(meetupSeriesCohorts.seriesId, seriesIds))
    .orderBy(asc(name));
  // A series' cohorts are deleted with the cohort, so every one has a name.
  return rows.flatMap((row) => (row.name === null ? [] : [{ ...row, name: row.name }]));
}

export async function seriesOrganiserIds(db: Db, seriesId: string) {
  return (await organisersOf(db, [seriesId])).get(seriesId) ?? [];
}

/** The members each series names as its organisers. */
export async function organisersOf(db: Db, seriesIds: string[]) {
  const organisers = new Map<string, string[]>();
  if (seriesIds.length === 0) return organisers;
  const rows = await db
    .select({
      seriesId: meetupSeriesOrganisers.seriesId,
      memberId: meetupSeriesOrganisers.memberId,
    })
    .from(meetupSeriesOrganisers)
    .where(inArray(meetupSeriesOrganisers.seriesId, seriesIds));
  for (const row of rows) {
    organisers.set(row.seriesId, [...(organisers.get(row.seriesId) ?? []), row.memberId]);
  }
  return organisers;
}

// Seats and waitlist as the attendee lists count them: deactivated members hold no place.
