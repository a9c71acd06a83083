import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';

/**
 * Who sees a meetup, as one SQL condition over the `meetups` table (lists, direct reads, the
 * calendar feed and notification recipients all use it): organisers and admins see them all;
 * anyone else sees the meetups of a series that invites the whole network (no cohorts), one of
 * their cohorts, or that they help organise. The viewer is a member, or SQL for the id and role
 * columns of a `members` row when choosing recipients among many.
 */
export function meetupVisibleTo(viewer: AccountMember | { id: SQL; role: SQL }): SQL {
  return seriesVisibleTo(viewer, sql.raw('"meetups"."series_id"'));
}

/**
 * The same rule for a series, given SQL for its id: a series is visible exactly where its
 * meetups are.
 */
export function seriesVisibleTo(
  viewer: AccountMember | { id: SQL; role: SQL },
  seriesId: SQL,
): SQL {
  const seesEverything =
    typeof viewer.role === 'string'
      ? sql.raw(isOrganiser(viewer as AccountMember) ? 'true' : 'false')
      : sql`${viewer.role} in ('organiser', 'admin')`;
  const viewerId = typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;
  return sql`(${seesEverything}
    or not exists (select 1 from meetup_series_cohorts sc where sc.series_id = ${seriesId})
    or exists (select 1 from meetup_series_cohorts sc join cohort_memberships cm on cm.cohort_id = sc.cohort_id
               where sc.series_id = ${seriesId} and cm.member_id = ${viewerId})
    or exists (select 1 from meetup_series_organisers so where so.series_id = ${seriesId} and so.member_id = ${viewerId}))`;
}
