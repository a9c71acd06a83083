import { type SQL, sql } from 'drizzle-orm';

// What other modules may read of the cohorts module's tables, as SQL fragments: they never
// name cohorts, programmes or cohort_memberships themselves.

/** Whether a member belongs to a cohort, both given as SQL (a column, or a bound value). */
export function isCohortMember(cohortId: SQL, memberId: SQL): SQL {
  return sql`exists (select 1 from cohort_memberships cm where cm.cohort_id = ${cohortId} and cm.member_id = ${memberId})`;
}

/** SQL selecting the ids of the cohorts a member belongs to. */
export function cohortIdsOf(memberId: SQL): SQL {
  return sql`select cm.cohort_id from cohort_memberships cm where cm.member_id = ${memberId}`;
}

/** A cohort's name as a column (null when there is no such cohort). */
export function cohortNameOf(cohortId: SQL) {
  return sql<string | null>`(select c.name from cohorts c where c.id = ${cohortId})`;
}

/** Whether a member belongs to a cohort of a programme, both given as SQL. */
export function isInProgramme(programmeId: SQL, memberId: SQL): SQL {
  return sql`exists (select 1 from cohort_memberships cm join cohorts c on c.id = cm.cohort_id
                     where cm.member_id = ${memberId} and c.programme_id = ${programmeId})`;
}

/** A programme's name as a column (null when there is no such programme). */
export function programmeNameOf(programmeId: SQL) {
  return sql<string | null>`(select p.name from programmes p where p.id = ${programmeId})`;
}

/**
 * A track's kind and name as columns (null when there is no such track); the name as stored, which
 * tracks.service.ts's toTrackRef turns into the name shown.
 */
export function trackOf(trackId: SQL) {
  return {
    kind: sql<
      'training' | 'policy_lab' | 'train_the_trainers' | 'other' | null
    >`(select pt.kind from programme_tracks pt where pt.id = ${trackId})`,
    name: sql<string | null>`(select pt.name from programme_tracks pt where pt.id = ${trackId})`,
  };
}

/** Whether a member belongs to any of the cohorts, given as SQL for a uuid[] and a member id. */
export function isMemberOfAny(cohortIds: SQL, memberId: SQL): SQL {
  return sql`exists (select 1 from cohort_memberships cm
                     where cm.member_id = ${memberId} and cm.cohort_id = any(${cohortIds}))`;
}
