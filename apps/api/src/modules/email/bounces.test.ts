import type { NotificationPage } from '@praxis/contracts/notifications';
import { emailAddressHealth, emailDeliveries } from '@praxis/db/schema/email';
import { inboundEmails } from '@praxis/db/schema/inbound-mail';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import type Mail from 'nodemailer/lib/mailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOUND_DOMAIN, startInboundMailApp } from '../../testing/inbound-mail.ts';
import { deliveryStatusNotification, sendMail } from '../../testing/mail-client.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { readBounce, SOFT_BOUNCE_RESEND_SECONDS } from './bounces.ts';
import { bounceAddress, queueMail } from './deliveries.ts';

const MINUTE = 60 * 1000;

let mail: Awaited<ReturnType<typeof startInboundMailApp>>;
let t: TestApp;

beforeAll(async () => {
  mail = await startInboundMailApp();
  t = mail.t;
});
afterAll(async () => {
  await mail?.close();
});

const deliver = (message: Mail.Options) => mail.deliver(message);
/** The notices `sendNotice` sent to `address` (other mail aside). */
const mailsTo = (address: string) =>
  mail.mailsTo(address).filter((sent) => /^Subject: New reply in/m.test(sent.text));

/** A notice to `to`, sent through the queue as every activity mail is; its delivery id. */
async function sendNotice(to: string, memberId: string | null = null) {
  const id = await queueMail(t.database.db, {
    memberId,
    purpose: 'notice',
    message: { to, subject: 'New reply in Procurement for pilots', text: 'Aldo replied.' },
  });
  await mail.settle();
  return id;
}

/** Delivery `id`'s VERP address. */
const returnPath = (id: string) => bounceAddress(t.database.db, id, INBOUND_DOMAIN);

/** A delivery status notification for delivery `deliveryId`, to its VERP address. */
const dsn = async (
  deliveryId: string,
  recipient: string,
  status: string,
  options?: { action?: string; messageId?: string },
) => deliveryStatusNotification(await returnPath(deliveryId), recipient, status, options);

async function outcomeOf(messageId: string) {
  const [row] = await t.database.db
    .select({ outcome: inboundEmails.outcome })
    .from(inboundEmails)
    .where(eq(inboundEmails.messageId, messageId));
  return row?.outcome;
}

async function health(address: string) {
  const [row] = await t.database.db
    .select()
    .from(emailAddressHealth)
    .where(eq(emailAddressHealth.address, address));
  return row;
}

async function delivery(id: string) {
  const [row] = await t.database.db
    .select()
    .from(emailDeliveries)
    .where(eq(emailDeliveries.id, id));
  return row;
}

describe('bounces to bounce+<delivery>', () => {
  it('stops mail to an address that bounced for good and tells its member in the app, once', async () => {
    const member = await createMember(t.database.db, { email: 'gone@agency.ba' });
    const id = await sendNotice(member.email, member.id);
    expect(mailsTo(member.email)).toHaveLength(1);

    await deliver(await dsn(id, member.email, '5.1.1', { messageId: '<hard-1@mx.agency.ba>' }));
    expect(await outcomeOf('<hard-1@mx.agency.ba>')).toBe(
      'hard bounce: mail to the address stopped (5.1.1)',
    );
    const marked = await health(member.email);
    expect(marked?.hardBouncedAt).toBeInstanceOf(Date);
    expect(marked?.lastBounce).toBe(
      '5.1.1 550 5.1.1 <gone@agency.ba>: Recipient address rejected: User unknown',
    );
    expect((await delivery(id))?.bouncedAt).toBeInstanceOf(Date);

    const later = await sendNotice(member.email, member.id);
    expect(mailsTo(member.email)).toHaveLength(1);
    expect((await delivery(later))?.sentAt).toBeNull();

    await deliver(await dsn(id, member.email, '5.1.1', { messageId: '<hard-2@mx.agency.ba>' }));
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
    const notes = (response.json() as NotificationPage).notifications;
    expect(notes.map((note) => [note.kind, note.detail.address, note.read])).toEqual([
      ['email_bounced', 'gone@agency.ba', false],
    ]);
    expect(notes[0]?.detail.reason).toBe(
      '550 5.1.1 <gone@agency.ba>: Recipient address rejected: User unknown',
    );
  });

  it('reads a plain bounce that gives only the SMTP reply in its text', async () => {
    const id = await sendNotice('old@agency.ba');
    await deliver({
      envelope: { from: '', to: await returnPath(id) },
      from: 'MAILER-DAEMON@mx.agency.ba',
      to: await returnPath(id),
      subject: 'failure notice',
      messageId: '<plain-1@mx.agency.ba>',
      text: 'Hi. This is the qmail-send program at mx.agency.ba.\nI was not able to deliver your message to the following addresses.\n\n<old@agency.ba>:\nRemote host said: 550 No such user here\n',
    });
    expect(await outcomeOf('<plain-1@mx.agency.ba>')).toBe(
      'hard bounce: mail to the address stopped (550)',
    );
    expect((await health('old@agency.ba'))?.lastBounce).toBe(
      '550 Remote host said: 550 No such user here',
    );
  });

  it('sends the mail again after a temporary failure, at most three times', async () => {
    const id = await sendNotice('full@agency.ba');
    const outcomes: (string | null | undefined)[] = [];
    for (const attempt of [1, 2, 3, 4]) {
      const messageId = `<soft-${attempt}@mx.agency.ba>`;
      await deliver(await dsn(id, 'full@agency.ba', '4.2.2', { messageId }));
      outcomes.push(await outcomeOf(messageId));
      if (attempt > SOFT_BOUNCE_RESEND_SECONDS.length) break;
      expect((await delivery(id))?.sentAt).toBeNull();
      expect(mailsTo('full@agency.ba')).toHaveLength(attempt);
      const delay = SOFT_BOUNCE_RESEND_SECONDS[attempt - 1] ?? 0;
      await t.app.jobs.runDue({ now: new Date(Date.now() + delay * 1000 + MINUTE) });
      expect(mailsTo('full@agency.ba')).toHaveLength(attempt + 1);
    }
    expect(outcomes).toEqual([
      'soft bounce: sent again in 1800 s (4.2.2)',
      'soft bounce: sent again in 7200 s (4.2.2)',
      'soft bounce: sent again in 21600 s (4.2.2)',
      'soft bounce: given up after 3 tries (4.2.2)',
    ]);
    const after = await health('full@agency.ba');
    expect([after?.softBounces, after?.hardBouncedAt]).toEqual([4, null]);
    expect((await delivery(id))?.bouncedAt).toBeInstanceOf(Date);
  });

  it('ignores a delay warning, while the receiving server still tries', async () => {
    const id = await sendNotice('slow@agency.ba');
    await deliver(
      await dsn(id, 'slow@agency.ba', '4.4.7', {
        action: 'delayed',
        messageId: '<delay@mx.agency.ba>',
      }),
    );
    expect(await outcomeOf('<delay@mx.agency.ba>')).toBe(
      'ignored: delayed (4.4.7), still being tried',
    );
    expect(await health('slow@agency.ba')).toBeUndefined();
    expect((await delivery(id))?.sentAt).toBeInstanceOf(Date);
  });

  it('ignores what a person writes to a return path, however it reads', async () => {
    const id = await sendNotice('someone@agency.ba');
    await deliver({
      from: 'prankster@elsewhere.test',
      to: await returnPath(id),
      messageId: '<prank@elsewhere.test>',
      text: '550 5.1.1 User unknown',
    });
    expect(await outcomeOf('<prank@elsewhere.test>')).toBe('ignored: not from a mail server');
    expect(await health('someone@agency.ba')).toBeUndefined();
  });
});

describe('return paths that only Praxis can make', () => {
  it('sends from a signed return path, with a Message-ID that tells nothing of it', async () => {
    const id = await sendNotice('seen@agency.ba');
    const [sent] = mail.mailsTo('seen@agency.ba');
    const path = await returnPath(id);
    expect(sent?.from).toBe(path);
    expect(path).toMatch(
      new RegExp(`^bounce\\+[a-z2-7]{52}@${INBOUND_DOMAIN.replaceAll('.', '\\.')}$`),
    );
    const messageId = /^Message-ID:\s*<([^@>]+)@/im.exec(sent?.raw ?? '')?.[1];
    expect(messageId).toMatch(/^[0-9a-f]{32}$/);
    expect(messageId).not.toBe(id.replaceAll('-', ''));
    expect(path).not.toContain(messageId);
  });

  it('refuses at RCPT a bounce to the bare delivery id or with a wrong signature', async () => {
    const id = await sendNotice('target@agency.ba');
    const path = await returnPath(id);
    const token = path.slice('bounce+'.length, path.indexOf('@'));
    // One character changed in the signature's part of the token.
    const forged = `${token.slice(0, 40)}${token[40] === 'a' ? 'b' : 'a'}${token.slice(41)}`;
    for (const to of [
      `bounce+${id.replaceAll('-', '')}@${INBOUND_DOMAIN}`,
      `bounce+${forged}@${INBOUND_DOMAIN}`,
      `bounce+${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}@${INBOUND_DOMAIN}`,
    ]) {
      await expect(
        sendMail(mail.listener, deliveryStatusNotification(to, 'target@agency.ba', '5.1.1')),
      ).rejects.toMatchObject({ responseCode: 550 });
    }
    expect(await health('target@agency.ba')).toBeUndefined();

    // The signed return path in capitals, as some servers write it, still counts.
    await deliver(
      await dsn(id, 'target@agency.ba', '5.1.1', { messageId: '<upper@mx.agency.ba>' }).then(
        (report) => ({ ...report, envelope: { from: '', to: path.toUpperCase() } }),
      ),
    );
    expect(await outcomeOf('<upper@mx.agency.ba>')).toBe(
      'hard bounce: mail to the address stopped (5.1.1)',
    );
  });

  it('ignores a report about another address than the one the mail went to', async () => {
    const id = await sendNotice('forwarder@agency.ba');
    await deliver(
      await dsn(id, 'old-job@elsewhere.test', '5.1.1', { messageId: '<other@mx.agency.ba>' }),
    );
    expect(await outcomeOf('<other@mx.agency.ba>')).toBe(
      'ignored: the report is about another address',
    );
    expect(await health('forwarder@agency.ba')).toBeUndefined();
  });

  it('ignores a bounce that comes more than 7 days after the mail was sent', async () => {
    const id = await sendNotice('late@agency.ba');
    await t.database.db
      .update(emailDeliveries)
      .set({ sentAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
      .where(eq(emailDeliveries.id, id));
    await deliver(await dsn(id, 'late@agency.ba', '5.1.1', { messageId: '<late@mx.agency.ba>' }));
    expect(await outcomeOf('<late@mx.agency.ba>')).toBe(
      'ignored: the mail was not sent in the last 7 days',
    );
    expect(await health('late@agency.ba')).toBeUndefined();
  });
});

describe('readBounce', () => {
  it.each([
    ['Action: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 disabled', 'hard', '5.2.1'],
    ['Action: failed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 full', 'soft', '4.2.2'],
    ['Action: delayed\nStatus: 4.4.1', 'delayed', '4.4.1'],
    ['host mx said: 554 5.7.1 rejected by policy', 'hard', '5.7.1'],
    ['Remote host said: 421 Try again later', 'soft', '421'],
  ])('reads %j as %s', (text, kind, status) => {
    expect(readBounce(text)).toMatchObject({ kind, status });
  });

  it.each([
    'I am out of the office until Monday; back on 15 March.',
    'Action: delivered\nStatus: 2.0.0',
  ])('finds no failure in %j', (text) => {
    expect(readBounce(text)).toBeNull();
  });
});
