import { auditEntries } from '@praxis/db/schema/audit';
import { and, eq } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * What the member did as an organiser or admin. The log is a record others answer for, so an
 * erasure keeps its entries but no longer says who acted, nor whom an entry about them named.
 */
export const auditMemberData: MemberDataArea = {
  name: 'audit',
  columns: ['audit_entries.actor_id'],
  export: async (db, memberId) => ({
    tables: await rowsNaming(db, memberId, [[auditEntries, auditEntries.actorId]]),
  }),
  async erase(tx, memberId) {
    await tx
      .update(auditEntries)
      .set({ actorId: null, actorName: '' })
      .where(eq(auditEntries.actorId, memberId));
    await tx
      .update(auditEntries)
      .set({ targetLabel: null })
      .where(and(eq(auditEntries.targetType, 'member'), eq(auditEntries.targetId, memberId)));
  },
};
