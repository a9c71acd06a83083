import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../app-error.ts';
import * as repository from './cohorts.repository.ts';

/** Whom the outcomes dashboard counts: everyone, a programme's cohorts, or one cohort. */
export interface CohortScope {
  programmeId: string | null;
  cohortId: string | null;
}

/**
 * The programme and cohort a scope names, checked: a 404 for one that does not exist, a 400
 * when the cohort is not of the programme.
 */
export async function resolveScope(db: Db, scope: CohortScope) {
  const [programme, cohort] = await Promise.all([
    scope.programmeId ? repository.findProgramme(db, scope.programmeId) : null,
    scope.cohortId ? repository.findCohort(db, scope.cohortId) : null,
  ]);
  if (scope.programmeId && !programme) {
    throw new AppError('not_found', msg('errors.cohorts.programmeGone'));
  }
  if (scope.cohortId && !cohort) throw new AppError('not_found', msg('errors.cohorts.cohortGone'));
  if (programme && cohort && cohort.programmeId !== programme.id) {
    throw new AppError('invalid', msg('errors.outcomes.cohortNotInProgramme'), {
      fields: { cohort: msg('errors.outcomes.cohortNotInProgrammeField') },
    });
  }
  return {
    programme: programme ? { id: programme.id, name: programme.name } : null,
    cohort: cohort ? { id: cohort.id, name: cohort.name } : null,
  };
}

/** SQL selecting the cohorts of a scope: every cohort, a programme's, or the one. */
function cohortIdsIn(scope: CohortScope): SQL {
  if (scope.cohortId) return sql`select ${scope.cohortId}::uuid`;
  if (scope.programmeId) {
    return sql`select c.id from cohorts c where c.programme_id = ${scope.programmeId}::uuid`;
  }
  return sql`select c.id from cohorts c`;
}

/**
 * Whether a member (SQL for their id) is counted in a scope: anyone when it names no programme
 * nor cohort, else a member of one of its cohorts.
 */
export function memberInScope(scope: CohortScope) {
  if (!scope.programmeId && !scope.cohortId) return (_memberId: SQL) => sql`true`;
  const cohortIds = cohortIdsIn(scope);
  return (memberId: SQL) =>
    sql`exists (select 1 from cohort_memberships cm
                 where cm.member_id = ${memberId} and cm.cohort_id in (${cohortIds}))`;
}

/** SQL selecting (cohort_id, cohort_name, member_id) for every membership of the scope's cohorts. */
export function scopeMemberships(scope: CohortScope): SQL {
  return sql`select c.id as cohort_id, c.name as cohort_name, cm.member_id
      from cohorts c join cohort_memberships cm on cm.cohort_id = c.id
     where c.id in (${cohortIdsIn(scope)})`;
}

/** SQL selecting (cohort_id, member_id) of every membership, to join on. */
export function cohortMemberships(): SQL {
  return sql`select cm.cohort_id, cm.member_id from cohort_memberships cm`;
}

/** SQL selecting (id, name, year) of the scope's cohorts, for rows with no activity at all. */
export function scopeCohorts(scope: CohortScope): SQL {
  return sql`select c.id, c.name, c.year from cohorts c where c.id in (${cohortIdsIn(scope)})`;
}
