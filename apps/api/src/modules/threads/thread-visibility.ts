import type { AccountMember } from '@praxis/contracts/members';
import { type SQL, sql } from 'drizzle-orm';
import { isOrganiser } from '../../plugins/auth.ts';

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
  return sql`(${seesEverything} or ((${hiddenAt} is null or ${authorId} = ${viewerId}) and (${cohortId} is null or exists (select 1 from cohort_memberships cm where cm.cohort_id = ${cohortId} and cm.member_id = ${viewerId}))))`;
}
