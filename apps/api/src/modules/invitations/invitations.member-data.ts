import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The invitation the member accepted and those they sent. An erasure blanks the accepted one (it
 * holds their address and name) and deletes open ones to their address; invitations they sent
 * are the invitees' records and keep naming the erased account, which no longer says who it was.
 */
export const invitationsMemberData: MemberDataArea = {
  name: 'invitations',
  columns: ['invitations.invited_by_id', 'invitations.accepted_by_id'],
  keeps: ['invitations.invited_by_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [invitations, invitations.acceptedById],
      [invitations, invitations.invitedById],
    ]),
  }),
  async erase(tx, memberId) {
    await tx
      .delete(invitations)
      .where(
        and(
          isNull(invitations.acceptedAt),
          eq(
            sql`lower(${invitations.email})`,
            sql`(select lower(${members.email}) from ${members} where ${members.id} = ${memberId})`,
          ),
        ),
      );
    await tx
      .update(invitations)
      .set({ acceptedById: null, email: '', name: '', organisation: '' })
      .where(eq(invitations.acceptedById, memberId));
  },
};
