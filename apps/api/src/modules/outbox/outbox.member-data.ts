import { members } from '@praxis/db/schema/members';
import { outboxEmails } from '@praxis/db/schema/outbox';
import { eq, sql } from 'drizzle-orm';
import { exportRow, type MemberDataArea } from '../../plugins/member-data.ts';

/** The member's address, as the outbox (mail kept in the app when no SMTP server is set) has it. */
const memberAddress = (memberId: string) =>
  sql`(select lower(${members.email}) from ${members} where ${members.id} = ${memberId})`;

/**
 * Mail addressed to the member that no SMTP server took (the outbox, used in development). It
 * names them by address only, so it lists no column.
 */
export const outboxMemberData: MemberDataArea = {
  name: 'outbox',
  columns: [],
  async export(db, memberId) {
    const rows = await db
      .select()
      .from(outboxEmails)
      .where(eq(sql`lower(${outboxEmails.recipient})`, memberAddress(memberId)));
    return { tables: { outbox_emails: rows.map(exportRow) } };
  },
  async erase(tx, memberId) {
    await tx
      .delete(outboxEmails)
      .where(eq(sql`lower(${outboxEmails.recipient})`, memberAddress(memberId)));
  },
};
