import type { TrackKind } from '@praxis/contracts/cohorts';
import type { Db } from '@praxis/db/client';
import { cohorts, cohortTracks, programmeTracks } from '@praxis/db/schema/cohorts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const trackColumns = {
  id: programmeTracks.id,
  programmeId: programmeTracks.programmeId,
  kind: programmeTracks.kind,
  name: programmeTracks.name,
};

export type TrackRow = { id: string; programmeId: string; kind: TrackKind; name: string };

/** Training first, then policy lab, train-the-trainers and the others, each by name. */
const trackOrder = [asc(programmeTracks.kind), asc(programmeTracks.name)];

export async function tracksOfProgramme(db: Db, programmeId: string) {
  return db
    .select({
      ...trackColumns,
      cohortIds: sql<string[]>`coalesce(
        (select array_agg(ct.cohort_id order by ct.cohort_id) from cohort_tracks ct
          where ct.track_id = ${programmeTracks.id}), '{}')`,
    })
    .from(programmeTracks)
    .where(eq(programmeTracks.programmeId, programmeId))
    .orderBy(...trackOrder);
}

export async function findTrack(db: Db, id: string): Promise<TrackRow | null> {
  const [row] = await db
    .select(trackColumns)
    .from(programmeTracks)
    .where(eq(programmeTracks.id, id));
  return row ?? null;
}

export async function insertTrack(
  db: Db,
  values: { programmeId: string; kind: TrackKind; name: string },
) {
  const [row] = await db.insert(programmeTracks).values(values).returning(trackColumns);
  if (!row) throw new Error('track insert returned no row');
  return row;
}

export async function updateTrack(db: Db, id: string, values: { kind: TrackKind; name: string }) {
  const [row] = await db
    .update(programmeTracks)
    .set(values)
    .where(eq(programmeTracks.id, id))
    .returning(trackColumns);
  return row ?? null;
}

export async function deleteTrack(db: Db, id: string) {
  const rows = await db
    .delete(programmeTracks)
    .where(eq(programmeTracks.id, id))
    .returning({ id: programmeTracks.id });
  return rows.length > 0;
}

export async function cohortTrackIds(db: Db, cohortId: string) {
  const rows = await db
    .select({ trackId: cohortTracks.trackId })
    .from(cohortTracks)
    .where(eq(cohortTracks.cohortId, cohortId));
  return rows.map((row) => row.trackId);
}

/** The cohort's tracks become exactly `trackIds`. */
export async function replaceCohortTracks(db: Db, cohortId: string, trackIds: string[]) {
  await db.delete(cohortTracks).where(eq(cohortTracks.cohortId, cohortId));
  if (trackIds.length > 0) {
    await db.insert(cohortTracks).values(trackIds.map((trackId) => ({ cohortId, trackId })));
  }
}

export async function tracksOfCohort(db: Db, cohortId: string) {
  return db
    .select(trackColumns)
    .from(cohortTracks)
    .innerJoin(programmeTracks, eq(programmeTracks.id, cohortTracks.trackId))
    .where(eq(cohortTracks.cohortId, cohortId))
    .orderBy(...trackOrder);
}

/** Of `trackIds`, how many are the programme's. */
export async function countTracksOfProgramme(db: Db, programmeId: string, trackIds: string[]) {
  if (trackIds.length === 0) return 0;
  const rows = await db
    .select({ id: programmeTracks.id })
    .from(programmeTracks)
    .where(
      and(eq(programmeTracks.programmeId, programmeId), inArray(programmeTracks.id, trackIds)),
    );
  return rows.length;
}

/** The programme a cohort belongs to, or null when there is no such cohort. */
export async function programmeOfCohort(db: Db, cohortId: string) {
  const [row] = await db
    .select({ programmeId: cohorts.programmeId, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.id, cohortId));
  return row ?? null;
}
