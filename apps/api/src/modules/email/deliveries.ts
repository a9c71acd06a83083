import { randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { emailAddressHealth, emailDeliveries } from '@praxis/db/schema/email';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { MailConfig } from '../../config.ts';
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
 * only if the change that made it commits, and never inside a request. Returns the delivery's id,
 * which is also its Message-ID's local part and its VERP token.
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
    message: mail.message as unknown as Record<string, unknown>,
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

/** VERP: bounces of delivery `id` come back to an address that names it. */
export const bounceAddress = (id: string, domain: string) =>
  `bounce+${id.replaceAll('-', '')}@${domain}`;

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
    const message = delivery.message as unknown as QueuedMessage;
    const host = messageIdHost(deps.publicOrigin, deps.mail);
    await deps.mailer.send({
      ...message,
      messageId: `<${delivery.id}@${host}>`,
      ...(deps.mail.inbound
        ? { returnPath: bounceAddress(delivery.id, deps.mail.inbound.domain) }
        : {}),
    });
    await db
      .update(emailDeliveries)
      .set({ sentAt: new Date() })
      .where(eq(emailDeliveries.id, delivery.id));
  };
}
