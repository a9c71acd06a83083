import {
  emailAddressHealth,
  emailDeliveries,
  emailPreferences,
  replyAddresses,
} from '@praxis/db/schema/email';
import { members } from '@praxis/db/schema/members';
import { eq, sql } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/**
 * The member's e-mail settings, the mails Praxis sent them and the reply addresses they were
 * given (never the tokens). An erasure deletes them all, and what bounces said of their address.
 */
export const emailMemberData: MemberDataArea = {
  name: 'email',
  columns: [
    'email_preferences.member_id',
    'email_deliveries.member_id',
    'reply_addresses.member_id',
  ],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [
      [emailPreferences, emailPreferences.memberId],
      [emailDeliveries, emailDeliveries.memberId],
      [replyAddresses, replyAddresses.memberId],
    ]);
    const health = await db
      .select({
        address: emailAddressHealth.address,
        hardBouncedAt: emailAddressHealth.hardBouncedAt,
        softBounces: emailAddressHealth.softBounces,
        lastBouncedAt: emailAddressHealth.lastBouncedAt,
      })
      .from(emailAddressHealth)
      .innerJoin(members, eq(sql`lower(${members.email})`, emailAddressHealth.address))
      .where(eq(members.id, memberId));
    return {
      tables: {
        ...tables,
        email_address_health: health.map((row) => ({
          ...row,
          hardBouncedAt: row.hardBouncedAt?.toISOString() ?? null,
          lastBouncedAt: row.lastBouncedAt.toISOString(),
        })),
      },
    };
  },
  async erase(tx, memberId) {
    await tx.delete(emailPreferences).where(eq(emailPreferences.memberId, memberId));
    await tx.delete(emailDeliveries).where(eq(emailDeliveries.memberId, memberId));
    await tx.delete(replyAddresses).where(eq(replyAddresses.memberId, memberId));
    await tx
      .delete(emailAddressHealth)
      .where(
        eq(
          emailAddressHealth.address,
          sql`(select lower(${members.email}) from ${members} where ${members.id} = ${memberId})`,
        ),
      );
  },
};
