import type { Db } from '@praxis/db/client';
import { invitations } from '@praxis/db/schema/invitations';
import { members } from '@praxis/db/schema/members';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { exportRow, type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The invitations the member sent, as theirs to know: which cohort and role, when, and what
 * became of each; never whom they went to (the invitees' addresses and names are not theirs).
 */
async function sentBy(db: Db, memberId: string) {
  const rows = await db
    .select({
      id: invitations.id,
      cohortId: invitations.cohortId,
      role: invitations.role,
      invitedById: invitations.invitedById,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.invitedById, memberId),
        or(isNull(invitations.acceptedById), ne(invitations.acceptedById, memberId)),
      ),
    );
  return rows.map((row) => ({
    ...exportRow(row),
    status: row.acceptedAt
      ? 'accepted'
      : row.revokedAt
        ? 'revoked'
        : row.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : 'pending',
  }));
}

/**
 * The invitation the member accepted and those they sent. An erasure blanks the accepted one (it
 * holds their address and name) and deletes open ones to their address; invitations they sent
 * are the invitees' records and keep naming the erased account, which no longer says who it was.
 */
export const invitationsMemberData: MemberDataArea = {
  name: 'invitations',
  columns: ['invitations.invited_by_id', 'invitations.accepted_by_id'],
  keeps: ['invitations.invited_by_id'],
  async export(db, memberId) {
    const { invitations: accepted = [] } = await rowsNaming(db, memberId, [
      [invitations, invitations.acceptedById],
    ]);
    return { tables: { invitations: [...accepted, ...(await sentBy(db, memberId))] } };
  },
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
