import { pushSubscriptions } from '@praxis/db/schema/push';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

async function unsubscribe(tx: Parameters<MemberDataArea['erase']>[0], memberId: string) {
  await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.memberId, memberId));
}

/** The browsers that take the member's push notifications (never their keys). */
export const pushMemberData: MemberDataArea = {
  name: 'push',
  columns: ['push_subscriptions.member_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [[pushSubscriptions, pushSubscriptions.memberId]]),
  }),
  withdraw: unsubscribe,
  erase: unsubscribe,
};
