import { adviceRequests, adviserSettings } from '@praxis/db/schema/advice';
import { eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/** Who the member asked for advice, who asked them, and their limits as an adviser. */
export const adviceMemberData: MemberDataArea = {
  name: 'advice',
  columns: [
    'advice_requests.member_id',
    'advice_requests.asked_by_id',
    'adviser_settings.member_id',
  ],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [
      [adviceRequests, adviceRequests.memberId],
      [adviceRequests, adviceRequests.askedById],
      [adviserSettings, adviserSettings.memberId],
    ]),
  }),
  async erase(tx, memberId) {
    await tx.delete(adviceRequests).where(eq(adviceRequests.memberId, memberId));
    await tx.delete(adviceRequests).where(eq(adviceRequests.askedById, memberId));
    await tx.delete(adviserSettings).where(eq(adviserSettings.memberId, memberId));
  },
};
