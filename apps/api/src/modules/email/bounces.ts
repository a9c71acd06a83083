import type { Db } from '@praxis/db/client';
import { emailAddressHealth, emailDeliveries } from '@praxis/db/schema/email';
import { members } from '@praxis/db/schema/members';
import { eq, sql } from 'drizzle-orm';
import type { InboundMail } from '../../plugins/inbound-mail.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import { notify } from '../notifications/notifications.service.ts';
import { BOUNCE_DAYS, bouncedDeliveryId, EMAIL_DELIVERY } from './deliveries.ts';

/** How long after its 1st, 2nd and 3rd soft bounce a mail is sent again; then it is given up. */
export const SOFT_BOUNCE_RESEND_SECONDS = [1800, 7200, 21_600];
const DAY_MS = 24 * 3600 * 1000;

/** What a bounce says: `hard` for good, `soft` given up for now, `delayed` still being tried. */
export interface BounceReport {
  kind: 'hard' | 'soft' | 'delayed';
  /** The enhanced status code (`5.1.1`) or the SMTP reply code (`550`). */
  status: string;
  /** The receiving server's words, for the member and the admins. */
  diagnostic: string;
}

/**
 * Reads a bounce: a delivery status notification (RFC 3464: `Action:` and `Status: 5.1.1`, which
 * mailparser puts into the text) or, from servers that send none, the first status or SMTP reply
 * code in the text. Null when it names none (an out-of-office sent to the return path) or a
 * success.
 */
export function readBounce(text: string): BounceReport | null {
  const field = (name: string) =>
    new RegExp(`^${name}:[ \\t]*(.+)$`, 'im').exec(text)?.[1]?.trim() ?? '';
  const status =
    /^Status:[ \t]*([245]\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1] ??
    /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ??
    /(?:^|\s)([45][0-5]\d)[ -](?=[A-Za-z<#])/m.exec(text)?.[1];
  if (!status || status.startsWith('2')) return null;
  const diagnostic =
    field('Diagnostic-Code').replace(/^smtp;\s*/i, '') ||
    (text
      .split('\n')
      .find((line) => line.includes(status))
      ?.trim() ??
      status);
  const kind = /^delayed$/i.test(field('Action'))
    ? 'delayed'
    : status.startsWith('5')
      ? 'hard'
      : 'soft';
  return { kind, status, diagnostic: diagnostic.slice(0, 300) };
}

/**
 * The addresses a delivery status notification reports on (`Final-Recipient`, and
 * `Original-Recipient` where a server forwarded the mail), lower-cased; none in a plain bounce.
 */
export function reportedRecipients(text: string): string[] {
  return [...text.matchAll(/^(?:Final|Original)-Recipient:[ \t]*rfc822;[ \t]*<?([^\s<>]+)>?/gim)]
    .map((match) => match[1]?.toLowerCase() ?? '')
    .filter(Boolean);
}

/**
 * A bounce that came back to a delivery's VERP address. A permanent failure stops all mail to
 * the address (`sendDelivery` skips it) and tells its member in the app, once; a temporary one
 * counts against the address and sends the mail again later, at most three times. Only mail
 * servers' reports count: from the null sender or a mailer-daemon, to a return path Praxis signed,
 * within `BOUNCE_DAYS` of the sending, about the address the mail went to. A report about another
 * address (the member forwarded the mail somewhere that bounced) stops nothing.
 */
export async function handleBounce(db: Db, mail: InboundMail, now: Date): Promise<string> {
  const from = mail.parsed.from?.value[0]?.address ?? '';
  if (mail.envelopeSender !== '' && !/^(mailer-daemon|postmaster)@/i.test(from)) {
    return 'ignored: not from a mail server';
  }
  const id = await bouncedDeliveryId(db, mail.token);
  const [delivery] = id
    ? await db.select().from(emailDeliveries).where(eq(emailDeliveries.id, id))
    : [];
  if (!delivery) return 'ignored: no such delivery';
  if (!delivery.sentAt || now.getTime() - delivery.sentAt.getTime() > BOUNCE_DAYS * DAY_MS) {
    return `ignored: the mail was not sent in the last ${BOUNCE_DAYS} days`;
  }
  const text = mail.parsed.text ?? '';
  const recipients = reportedRecipients(text);
  if (recipients.length > 0 && !recipients.includes(delivery.address)) {
    return 'ignored: the report is about another address';
  }
  const report = readBounce(text);
  if (!report) return 'ignored: no failure reported';
  if (report.kind === 'delayed') return `ignored: delayed (${report.status}), still being tried`;
  const bounce = `${report.status} ${report.diagnostic}`.slice(0, 300);

  if (report.kind === 'hard') {
    const [before] = await db
      .select({ hardBouncedAt: emailAddressHealth.hardBouncedAt })
      .from(emailAddressHealth)
      .where(eq(emailAddressHealth.address, delivery.address));
    await db
      .insert(emailAddressHealth)
      .values({
        address: delivery.address,
        hardBouncedAt: now,
        lastBounce: bounce,
        lastBouncedAt: now,
      })
      .onConflictDoUpdate({
        target: emailAddressHealth.address,
        set: { hardBouncedAt: now, lastBounce: bounce, lastBouncedAt: now },
      });
    await db
      .update(emailDeliveries)
      .set({ bouncedAt: now, bounce })
      .where(eq(emailDeliveries.id, delivery.id));
    if (!before?.hardBouncedAt) await tellMember(db, delivery.address, report.diagnostic);
    return `hard bounce: mail to the address stopped (${report.status})`;
  }

  await db
    .insert(emailAddressHealth)
    .values({ address: delivery.address, softBounces: 1, lastBounce: bounce, lastBouncedAt: now })
    .onConflictDoUpdate({
      target: emailAddressHealth.address,
      set: {
        softBounces: sql`${emailAddressHealth.softBounces} + 1`,
        lastBounce: bounce,
        lastBouncedAt: now,
      },
    });
  const delay = SOFT_BOUNCE_RESEND_SECONDS[delivery.resends];
  if (delay === undefined) {
    await db
      .update(emailDeliveries)
      .set({ bouncedAt: now, bounce })
      .where(eq(emailDeliveries.id, delivery.id));
    return `soft bounce: given up after ${SOFT_BOUNCE_RESEND_SECONDS.length} tries (${report.status})`;
  }
  await db
    .update(emailDeliveries)
    .set({ sentAt: null, bounce, resends: sql`${emailDeliveries.resends} + 1` })
    .where(eq(emailDeliveries.id, delivery.id));
  await enqueue(db, {
    kind: EMAIL_DELIVERY,
    payload: { deliveryId: delivery.id },
    runAt: new Date(now.getTime() + delay * 1000),
  });
  return `soft bounce: sent again in ${delay} s (${report.status})`;
}

/** The member whose address it still is hears, in the app only, that mail to it stopped. */
async function tellMember(db: Db, address: string, reason: string) {
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .where(sql`lower(${members.email}) = ${address}`);
  if (!member) return;
  await notify(db, [{ memberId: member.id, kind: 'email_bounced', detail: { address, reason } }]);
}
