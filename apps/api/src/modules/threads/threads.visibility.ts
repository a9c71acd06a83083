import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';
import { isCohortMember } from '../cohorts/cohorts.visibility.ts';

/**
 * Who sees a thread, as one SQL condition over the `threads` table, so that lists, search,
 * direct reads, reply pages and notification recipients all apply the same rule:
 * organisers and admins see every thread; anyone else sees a network-wide thread or one of a
 * cohort they belong to, unless an organiser hid it (its author still sees it).
 *
 * The viewer is either a member or, to choose recipients among many members at once, SQL for
 * the id and role columns of a `members` row. Thread columns are spelled out qualified because
 * drizzle renders single-table columns unqualified, which inside the subquery would silently
 * name the membership table's own column.
 */
export function threadVisibleTo(viewer: AccountMember | { id: SQL; role: SQL }): SQL {
  const cohortId = sql.raw('"threads"."cohort_id"');
  const hiddenAt = sql.raw('"threads"."hidden_at"');
  const authorId = sql.raw('"threads"."author_id"');
  const seesEverything =
    typeof viewer.role === 'string'
      ? sql.raw(isOrganiser(viewer) ? 'true' : 'false')
      : sql`${viewer.role} in ('organiser', 'admin')`;
  const viewerId = typeof viewer.id === 'string' ? sql`${viewer.id}::uuid` : viewer.id;
  return sql`(${seesEverything} or ((${hiddenAt} is null or ${authorId} = ${viewerId}) and (${cohortId} is null or ${isCohortMember(cohortId, viewerId)})))`;
}

/** The same rule for the thread whose id is given as SQL, for modules that hold a thread's id. */
export function threadIdVisibleTo(threadId: SQL, viewer: AccountMember): SQL {
  return sql`exists (select 1 from threads where "threads"."id" = ${threadId} and ${threadVisibleTo(viewer)})`;
}

/** A thread's title as a column (null when there is no such thread), for those that link to one. */
export function threadTitleOf(threadId: SQL) {
  return sql<string | null>`(select t.title from threads t where t.id = ${threadId})`;
}
