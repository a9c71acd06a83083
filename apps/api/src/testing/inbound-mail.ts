import type { ReplyPage } from '@praxis/contracts/threads';
import type Mail from 'nodemailer/lib/mailer';
import { expect } from 'vitest';
import { createReplyAddress, type ReplyTarget } from '../modules/email/reply-addresses.ts';
import { freePort } from './free-port.ts';
import { sendMail } from './mail-client.ts';
import { newThread, receivedBy, settle as settleJobs, signedInMember } from './mail-inbox.ts';
import { startSmtpSink } from './smtp-sink.ts';
import { createTestApp } from './test-app.ts';

export { sendMail };

/** The domain of the reply, bounce and unsubscribe addresses in these tests. */
export const INBOUND_DOMAIN = 'reply.praxis.test';

/**
 * An app with reply by e-mail on: its inbound listener on a free local port, and its outgoing
 * mail going to a real SMTP sink, with what tests of mail in and out need. `env` adds settings
 * (INBOUND_AUTHSERV_ID).
 */
export async function startInboundMailApp(env: Record<string, string> = {}) {
  const smtp = await startSmtpSink();
  const t = await createTestApp({
    SMTP_URL: smtp.url,
    INBOUND_EMAIL_DOMAIN: INBOUND_DOMAIN,
    INBOUND_SMTP_PORT: String(await freePort()),
    INBOUND_SMTP_HOST: '127.0.0.1',
    ...env,
  });
  const listener = t.app.inboundMail.address();
  if (!listener) throw new Error('the inbound listener is not listening');

  /** Runs every job the mail caused: the listener's own run, then whatever that queued. */
  async function settle() {
    await t.app.jobs.idle();
    await settleJobs(t.app);
  }

  return {
    t,
    smtp,
    listener,
    settle,
    /** Sends a mail to the listener and waits until what it causes is done. */
    async deliver(message: Mail.Options) {
      const info = await sendMail(listener, message);
      await settle();
      return info;
    },
    /** What the app has sent to `address` so far. */
    mailsTo: (address: string) => receivedBy(smtp, address),
    /** The mails to `address` saying an e-mail was not posted (other mail aside). */
    refusalsTo: (address: string) =>
      smtp.received.filter(
        (mail) => mail.to.includes(address) && /^Auto-Submitted: auto-replied/m.test(mail.text),
      ),
    /** A member, signed in. */
    person: (overrides: Parameters<typeof signedInMember>[1] = {}) => signedInMember(t, overrides),
    /** A discussion started on the web, for the network or one cohort. */
    newThread: (cookie: string, cohortId: string | null = null) =>
      newThread(t, { cookie }, 'Procurement for pilots', cohortId),
    /** A thread's replies, as someone who may see it (`cookie`) reads them. */
    async repliesIn(threadId: string, cookie: string) {
      const response = await t.request({
        method: 'GET',
        url: `/api/threads/${threadId}/replies`,
        cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as ReplyPage).replies;
    },
    async close() {
      await t.close();
      await smtp.close();
    },
  };
}

/**
 * What tests of answers by e-mail share: the app, a thread author (Asha), an organiser (who reads
 * every thread's replies), Selma (selma@agency.ba), reply addresses, and delivery with a reply's
 * subject.
 */
export async function startReplyTests(env: Record<string, string> = {}) {
  const mail = await startInboundMailApp(env);
  const asha = await mail.person({ name: 'Asha Author', handle: 'asha' });
  const organiser = await mail.person({ name: 'Olga Organiser', role: 'organiser' });
  const selma = await mail.person({
    name: 'Selma Begić',
    handle: 'selma',
    email: 'selma@agency.ba',
  });
  return {
    ...mail,
    asha,
    organiser,
    selma,
    replyAddress: (memberId: string, target: ReplyTarget, now?: Date) =>
      createReplyAddress(mail.t.database.db, memberId, target, INBOUND_DOMAIN, now),
    repliesIn: (threadId: string) => mail.repliesIn(threadId, organiser.cookie),
    deliver: (message: Mail.Options) =>
      mail.deliver({ subject: 'Re: Procurement for pilots', ...message }),
  };
}

/** An answer in Gmail's style: the new text, "On … wrote:", then the quoted mail. */
export const gmailReply = (text: string) =>
  `${text}\n\nOn Tue, 3 Mar 2026 at 10:12, Praxis <no-reply@praxis.test> wrote:\n> Aldo replied in “Procurement for pilots”:\n> We used an experimentation clause.\n`;
