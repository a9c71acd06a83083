import type { Db } from '@praxis/db/client';
import { memberPositions, members } from '@praxis/db/schema/members';
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';

/**
 * Marks the account deleted: it can no longer sign in, and every list, search, mention and match
 * leaves it out as it does a deactivated one. False when it was deleted already.
 */
export async function markDeleted(tx: Db, memberId: string, now: Date): Promise<boolean> {
  const marked = await tx
    .update(members)
    .set({ deletedAt: now, deactivatedAt: now, updatedAt: now })
    .where(and(eq(members.id, memberId), isNull(members.deletedAt)))
    .returning({ id: members.id });
  return marked.length > 0;
}

/**
 * The profile, its organisation history and the account settings. An erasure keeps the row, so that the posts the member chose
 * to keep still have an author, but leaves nothing in it that says who they were: it shows as a
 * former member, its address and handle are made from its id, and no password opens it.
 */
export const membersMemberData: MemberDataArea = {
  name: 'profile',
  columns: ['members.id', 'member_positions.member_id'],
  keeps: ['members.id'],
  async export(db, memberId) {
    const rows = await db.select().from(members).where(eq(members.id, memberId));
    const { organisationSearch: _derived, ...positionColumns } = getTableColumns(memberPositions);
    const positions = await db
      .select(positionColumns)
      .from(memberPositions)
      .where(eq(memberPositions.memberId, memberId));
    return { tables: { members: rows.map(exportRow), member_positions: positions.map(exportRow) } };
  },
  async erase(tx, memberId) {
    await tx.delete(memberPositions).where(eq(memberPositions.memberId, memberId));
    await tx
      .update(members)
      .set({
        email: `erased-${memberId}@erased.invalid`,
        name: '',
        role: 'member',
        passwordHash: '!',
        handle: `erased-${memberId}`,
        headline: '',
        organisation: '',
        governmentLevel: null,
        policyArea: '',
        jobTitle: '',
        country: null,
        city: '',
        languages: [],
        bioSource: '',
        bioHtml: '',
        bioLanguage: 'en',
        expertise: [],
        adviceTopics: [],
        openToAdvise: false,
        locale: null,
        showOnline: false,
        links: [],
        phone: '',
        emailVisibility: 'nobody',
        phoneVisibility: 'nobody',
        updatedAt: new Date(),
      })
      .where(eq(members.id, memberId));
  },
};
