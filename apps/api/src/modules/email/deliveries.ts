import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { emailAddressHealth, emailDeliveries } from '@praxis/db/schema/email';
import { and, count, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { MailConfig } from '../../config.ts';
import { base32, fromBase32 } from '../../lib/base32.ts';
import { sign, verify } from '../../lib/signing.ts';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import type { EmailMessage, Mailer } from '../../plugins/mailer.ts';

/** The job that sends one stored delivery. */
export const EMAIL_DELIVERY = 'email_delivery';

export type QueuedMessage = Omit<EmailMessage, 'returnPath' | 'messageId'>;

/** The host part of the Message-IDs Praxis makes. */
export function messageIdHost(publicOrigin: string, mail: MailConfig): string {
  return mail.inbound?.domain ?? new URL(publicOrigin).hostname;
}

/**
 * Stores a mail and queues its sending, in the caller's transaction: it goes out (with retries)
 * only if the change that made it commits, and never inside a request. Returns the delivery's id.
 * The mail's Message-ID gets a random local part of its own, kept with the mail so that a mail
 * sent again after a soft bounce keeps it: a Message-ID is seen by everyone the mail reaches and
 * must not tell them the delivery's id, which bounce addresses carry.
 */
export async function queueMail(
  db: Db,
  mail: { memberId: string | null; purpose: string; message: QueuedMessage },
): Promise<string> {
  const id = randomUUID();
  await db.insert(emailDeliveries).values({
    id,
    memberId: mail.memberId,
    address: mail.message.to.toLowerCase(),
    purpose: mail.purpose,
    subject: mail.message.subject,
    message: { ...mail.message, [MESSAGE_ID_KEY]: randomBytes(16).toString('hex') },
  });
  await enqueue(db, { kind: EMAIL_DELIVERY, payload: { deliveryId: id } });
  return id;
}

/** Whether mail to `address` bounced for good. */
export async function hardBounced(db: Db, address: string): Promise<boolean> {
  const rows = await db
    .select({ address: emailAddressHealth.address })
    .from(emailAddressHealth)
    .where(
      and(
        eq(emailAddressHealth.address, address.toLowerCase()),
        isNotNull(emailAddressHealth.hardBouncedAt),
      ),
    );
  return rows.length > 0;
}

/** Where in a stored message its Message-ID's local part is kept. */
const MESSAGE_ID_KEY = 'messageIdLocalPart';
const BOUNCE_PURPOSE = 'bounce';
/** A bounce may stop mail only this long after the mail it reports on was sent. */
export const BOUNCE_DAYS = 7;

/**
 * VERP: bounces of delivery `id` come back to `bounce+<token>@domain`, the token being the id and
 * a MAC over it in lower-case base32 (52 characters; a local part holds 64, and mail servers may
 * change its case). Only Praxis can make one, so a person who saw a mail's headers cannot write
 * a "bounce" that stops someone's mail.
 */
export async function bounceAddress(db: Db, id: string, domain: string): Promise<string> {
  const signed = await sign(db, BOUNCE_PURPOSE, Buffer.from(id.replaceAll('-', ''), 'hex'));
  return `bounce+${base32(Buffer.from(signed, 'base64url'))}@${domain}`;
}

/** The delivery id a `bounce+<token>` names, or null when Praxis did not make the token. */
export async function bouncedDeliveryId(db: Db, token: string): Promise<string | null> {
  const bytes = fromBase32(token);
  if (bytes?.length !== 32) return null;
  const data = await verify(db, BOUNCE_PURPOSE, bytes.toString('base64url'));
  if (data?.length !== 16) return null;
  const hex = data.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sends a stored delivery: to an address that bounced for good, nothing goes. Runs outside a
 * transaction (an SMTP exchange must not hold one open), so it sends at least once; `sentAt`
 * keeps a retry after a crash from sending again once it is set.
 */
export function sendDelivery(deps: { mailer: Mailer; publicOrigin: string; mail: MailConfig }) {
  return async (db: Db, job: Job) => {
    const { deliveryId } = job.payload;
    if (!deliveryId) throw new Error('email_delivery without its delivery');
    const [delivery] = await db
      .select()
      .from(emailDeliveries)
      .where(and(eq(emailDeliveries.id, deliveryId), isNull(emailDeliveries.sentAt)));
    if (!delivery || (await hardBounced(db, delivery.address))) return;
    const { [MESSAGE_ID_KEY]: localPart, ...message } =
      delivery.message as unknown as QueuedMessage & {
        [MESSAGE_ID_KEY]?: string;
      };
    const host = messageIdHost(deps.publicOrigin, deps.mail);
    await deps.mailer.send({
      ...message,
      messageId: `<${localPart ?? randomBytes(16).toString('hex')}@${host}>`,
      ...(deps.mail.inbound
        ? { returnPath: await bounceAddress(db, delivery.id, deps.mail.inbound.domain) }
        : {}),
    });
    await db
      .update(emailDeliveries)
      .set({ sentAt: new Date() })
      .where(eq(emailDeliveries.id, delivery.id));
  };
}

/**
 * How many mails of `purpose` went to a member (or an address) since `since`: what the limits on
 * instant notices and on refusals count.
 */
export async function deliveriesSince(
  db: Db,
  to: { memberId: string } | { address: string },
  purpose: string,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(emailDeliveries)
    .where(
      and(
        'memberId' in to
          ? eq(emailDeliveries.memberId, to.memberId)
          : eq(emailDeliveries.address, to.address.toLowerCase()),
        eq(emailDeliveries.purpose, purpose),
        gt(emailDeliveries.createdAt, since),
      ),
    );
  return Number(row?.total ?? 0);
}
