import type { Db } from '@praxis/db/client';
import { auditEntries } from '@praxis/db/schema/audit';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';
import { invitationIdsOf } from '../invitations/invitations.service.ts';
import { flagIdsRaisedBy } from '../threads/moderation.service.ts';

/** Takes keys out of the details of the entries `where` selects. */
function dropDetails(tx: Db, keys: string[], where: SQL | undefined) {
  return tx
    .update(auditEntries)
    .set({ details: sql`${auditEntries.details} - ${`{${keys.join(',')}}`}::text[]` })
    .where(where);
}

/**
 * Unnames the member in the log: who acted, whom an entry was about (by label), which address
 * was invited, and the name or words older entries copied into their details. The entries stay,
 * a record others answer for. Runs before the invitations and flags that lead to them are erased.
 */
async function unname(tx: Db, memberId: string) {
  await tx
    .update(auditEntries)
    .set({ actorId: null, actorName: '' })
    .where(eq(auditEntries.actorId, memberId));
  await tx
    .update(auditEntries)
    .set({ targetLabel: null })
    .where(and(eq(auditEntries.targetType, 'member'), eq(auditEntries.targetId, memberId)));
  const invited = await invitationIdsOf(tx, memberId);
  if (invited.length > 0) {
    await tx
      .update(auditEntries)
      .set({ targetLabel: null })
      .where(
        and(eq(auditEntries.targetType, 'invitation'), inArray(auditEntries.targetId, invited)),
      );
  }
  await dropDetails(tx, ['memberName'], sql`${auditEntries.details} ->> 'memberId' = ${memberId}`);
  const flagged = await flagIdsRaisedBy(tx, memberId);
  if (flagged.length > 0) {
    await dropDetails(
      tx,
      ['flagReason'],
      and(eq(auditEntries.targetType, 'flag'), inArray(auditEntries.targetId, flagged)),
    );
  }
}

/**
 * What the member did as an organiser or admin: the action, its target's kind and id, and when,
 * none of what the entries say of others. The log is a record others answer for, so an erasure
 * keeps its entries but no longer says who acted, nor whom an entry about them named.
 */
export const auditMemberData: MemberDataArea = {
  name: 'audit',
  columns: ['audit_entries.actor_id'],
  async export(db, memberId) {
    // What they did, to what, and when: the labels and details name others.
    const rows = await db
      .select({
        id: auditEntries.id,
        actorId: auditEntries.actorId,
        action: auditEntries.action,
        targetType: auditEntries.targetType,
        targetId: auditEntries.targetId,
        at: auditEntries.at,
      })
      .from(auditEntries)
      .where(eq(auditEntries.actorId, memberId));
    return { tables: { audit_entries: rows.map(exportRow) } };
  },
  erase: (tx, memberId) => unname(tx, memberId),
};
