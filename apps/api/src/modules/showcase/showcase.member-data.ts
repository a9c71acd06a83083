import type { Db } from '@praxis/db/client';
import { showcaseCredits, showcaseItems } from '@praxis/db/schema/showcase';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { showcaseChanged } from './showcase.events.ts';

/**
 * Drops the member's credits, so that no public page names them from now on (an item that
 * showed them by name, or by their organisation, no longer does), and tells the public pages.
 */
async function dropCredits(tx: Db, memberId: string) {
  const dropped = await tx
    .delete(showcaseCredits)
    .where(eq(showcaseCredits.memberId, memberId))
    .returning({ itemId: showcaseCredits.itemId });
  await showcaseChanged(tx, ...dropped.map(({ itemId }) => itemId));
}

/**
 * The items the member was named in, with their answer to each, and the items they asked to
 * publish. When the account is deleted their credits go at once: the items stay, naming only
 * the others; the items they asked for stay too (the network's), no longer saying who asked.
 */
export const showcaseMemberData: MemberDataArea = {
  name: 'showcase',
  columns: ['showcase_items.requested_by_id', 'showcase_credits.member_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [showcaseCredits, showcaseCredits.memberId],
      [showcaseItems, showcaseItems.requestedById],
    ]),
  }),
  withdraw: async (tx, memberId) => dropCredits(tx, memberId),
  async erase(tx, memberId) {
    await dropCredits(tx, memberId);
    await tx
      .update(showcaseItems)
      .set({ requestedById: null })
      .where(eq(showcaseItems.requestedById, memberId));
  },
};
