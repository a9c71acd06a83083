import {
  pilotFollowers,
  pilotLinks,
  pilots,
  pilotTeam,
  pilotUpdates,
} from '@praxis/db/schema/pilots';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The pilots a member started, their places in teams, their updates, what they follow and the
 * links they made. Kept updates keep naming the erased account, shown as a former member's; the
 * pilots themselves belong to their teams and stay, without naming who started them.
 */
export const pilotsMemberData: MemberDataArea = {
  name: 'pilots',
  columns: [
    'pilots.created_by_id',
    'pilot_team.member_id',
    'pilot_updates.author_id',
    'pilot_followers.member_id',
    'pilot_links.created_by_id',
  ],
  keeps: ['pilot_updates.author_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [pilots, pilots.createdById],
      [pilotTeam, pilotTeam.memberId],
      [pilotUpdates, pilotUpdates.authorId],
      [pilotFollowers, pilotFollowers.memberId],
      [pilotLinks, pilotLinks.createdById],
    ]),
  }),
  async withdraw(tx, memberId, mode) {
    if (mode === 'erase_posts') {
      await tx.delete(pilotUpdates).where(eq(pilotUpdates.authorId, memberId));
    }
  },
  async erase(tx, memberId, mode) {
    if (mode === 'erase_posts') {
      await tx.delete(pilotUpdates).where(eq(pilotUpdates.authorId, memberId));
    }
    await tx.delete(pilotTeam).where(eq(pilotTeam.memberId, memberId));
    await tx.delete(pilotFollowers).where(eq(pilotFollowers.memberId, memberId));
    await tx.update(pilots).set({ createdById: null }).where(eq(pilots.createdById, memberId));
    await tx
      .update(pilotLinks)
      .set({ createdById: null })
      .where(eq(pilotLinks.createdById, memberId));
  },
};
