import type { Db } from '@praxis/db/client';
import {
  emailAddressHealth,
  emailDeliveries,
  emailPreferences,
  replyAddresses,
} from '@praxis/db/schema/email';
import { members } from '@praxis/db/schema/members';
import { and, eq, lte, or, sql } from 'drizzle-orm';
import { type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';

/** What names the member in a mail: their address, handle and (long enough to tell) name. */
async function namesOf(tx: Db, memberId: string) {
  const [member] = await tx
    .select({
      email: members.email,
      handle: members.handle,
      name: members.name,
      deletedAt: members.deletedAt,
    })
    .from(members)
    .where(eq(members.id, memberId));
  if (!member) return undefined;
  const names = [member.email, member.handle, member.name.trim()].filter((name) => name.length > 2);
  return { address: member.email.toLowerCase(), names, deletedAt: member.deletedAt ?? new Date() };
}

/**
 * Deletes the mails sent to the member, and blanks those sent to others before the deletion that
 * named them (a direct message's notice quotes its author and their words): such a mail is kept
 * only to be sent again after a soft bounce, which the grace period has long outlasted.
 */
async function eraseMails(tx: Db, memberId: string) {
  const member = await namesOf(tx, memberId);
  if (!member) return;
  await tx
    .delete(emailDeliveries)
    .where(or(eq(emailDeliveries.memberId, memberId), eq(emailDeliveries.address, member.address)));
  if (member.names.length === 0) return;
  const text = sql`lower(${emailDeliveries.subject} || ' ' || ${emailDeliveries.message}::text)`;
  await tx
    .update(emailDeliveries)
    .set({ subject: '', message: {} })
    .where(
      and(
        lte(emailDeliveries.createdAt, member.deletedAt),
        or(...member.names.map((name) => sql`strpos(${text}, ${name.toLowerCase()}) > 0`)),
      ),
    );
}

/**
 * The member's e-mail settings, the mails Praxis sent them and the reply addresses they were
 * given (never the tokens). An erasure deletes them all, what bounces said of their address, and
 * what mails to others said of them.
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
    await eraseMails(tx, memberId);
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
