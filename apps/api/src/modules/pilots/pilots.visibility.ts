import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';

type Viewer = AccountMember | { id: SQL; role: SQL };

/**
 * Who sees a pilot, as one SQL condition over the `pilots` table (the boards, a pilot page, its
 * updates on profiles, "since the last exchange", links from threads and lessons, and the
 * followers who are notified): organisers, admins and its team always; anyone else a pilot the
 * whole network sees, or a cohort-only one of a cohort they belong to.
 *
 * What a pilot links to is shown by that thing's own rule besides this one.
 */
export function pilotVisibleTo(viewer: Viewer): SQL {
  const id = sql.raw('"pilots"."id"');
  const visibility = sql.raw('"pilots"."visibility"');
  const cohortId = sql.raw('"pilots"."cohort_id"');
  const seesEverything =
    typeof viewer.role === 'string'
      ? sql.raw(isOrganiser(viewer as AccountMember) ? 'true' : 'false')
      : sql`${viewer.role} in ('organiser', 'admin')`;
  const viewerId = typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;
  return sql`(${seesEverything}
    or ${visibility} = 'network'
    or (${cohortId} is not null and ${isCohortMember(cohortId, viewerId)})
    or exists (select 1 from pilot_team pt where pt.pilot_id = ${id} and pt.member_id = ${viewerId}))`;
}

/** The same rule for the pilot whose id is given as SQL, for modules that hold a pilot's id. */
export function pilotIdVisibleTo(pilotId: SQL, viewer: Viewer): SQL {
  return sql`exists (select 1 from pilots where "pilots"."id" = ${pilotId} and ${pilotVisibleTo(viewer)})`;
}

/** A pilot's name as a column, null unless the viewer may see the pilot. */
export function pilotNameFor(pilotId: SQL, viewer: Viewer) {
  return sql<
    string | null
  >`(select "pilots".name from pilots where "pilots"."id" = ${pilotId} and ${pilotVisibleTo(viewer)})`;
}

/**
 * Whether the pilot whose id is given as SQL may stand on the public showcase, as one SQL
 * condition that holds while it does: it exists and the whole network sees it (a pilot kept to
 * its cohort never goes further). Checked when the showcase is asked, at the last consent and on
 * every public read.
 */
export function pilotStillPublic(pilotId: SQL): SQL {
  return sql`exists (select 1 from pilots pp where pp.id = ${pilotId} and pp.visibility = 'network')`;
}
