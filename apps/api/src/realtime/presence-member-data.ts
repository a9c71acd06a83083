import { presence } from '@praxis/db/schema/realtime';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../plugins/member-data.ts';

async function goOffline(tx: Parameters<MemberDataArea['erase']>[0], memberId: string) {
  await tx.delete(presence).where(eq(presence.memberId, memberId));
}

/** Whether the member is connected right now, and on which instance. */
export const presenceMemberData: MemberDataArea = {
  name: 'presence',
  columns: ['presence.member_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [[presence, presence.memberId]]),
  }),
  withdraw: goOffline,
  erase: goOffline,
};
