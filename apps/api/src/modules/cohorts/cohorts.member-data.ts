import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/** The cohorts the member belongs to. */
export const cohortsMemberData: MemberDataArea = {
  name: 'cohorts',
  columns: ['cohort_memberships.member_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [[cohortMemberships, cohortMemberships.memberId]]),
  }),
  async erase(tx, memberId) {
    await tx.delete(cohortMemberships).where(eq(cohortMemberships.memberId, memberId));
  },
};
