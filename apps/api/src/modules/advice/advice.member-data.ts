import { adviceRequests, adviserSettings } from '@praxis/db/schema/advice';
import { eq, sql } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { threadIsAnonymous } from '../threads/threads.visibility.ts';

/** Who the member asked for advice, who asked them, and their limits as an adviser. */
export const adviceMemberData: MemberDataArea = {
  name: 'advice',
  columns: [
    'advice_requests.member_id',
    'advice_requests.asked_by_id',
    'adviser_settings.member_id',
  ],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [
      [adviceRequests, adviceRequests.memberId],
      [adviceRequests, adviceRequests.askedById],
      [adviserSettings, adviserSettings.memberId],
    ]);
    // An adviser asked about an anonymous question does not learn from their export who asked.
    const anonymous = await db
      .select({ threadId: adviceRequests.threadId })
      .from(adviceRequests)
      .where(
        sql`${adviceRequests.memberId} = ${memberId} and ${threadIsAnonymous(sql`${adviceRequests.threadId}`)}`,
      );
    const hidden = new Set(anonymous.map((row) => row.threadId));
    tables.advice_requests = (tables.advice_requests ?? []).map((row) =>
      row.memberId === memberId && row.askedById !== memberId && hidden.has(String(row.threadId))
        ? { ...row, askedById: null }
        : row,
    );
    return { tables };
  },
  async erase(tx, memberId) {
    await tx.delete(adviceRequests).where(eq(adviceRequests.memberId, memberId));
    await tx.delete(adviceRequests).where(eq(adviceRequests.askedById, memberId));
    await tx.delete(adviserSettings).where(eq(adviserSettings.memberId, memberId));
  },
};
