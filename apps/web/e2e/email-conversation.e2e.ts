import { freePort } from '@praxis/api/testing/free-port';
import { sendMail } from '@praxis/api/testing/mail-client';
import { startSmtpSink } from '@praxis/api/testing/smtp-sink';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, screenshotPath, signedInDemoMember, startServer } from './harness.ts';

// Two members hold a direct conversation: Tarik in Praxis, Lejla only by e-mail. She never
// opens Praxis; each of his messages reaches her inbox and her answers reach his screen.

const DOMAIN = 'reply.praxis.test';
const LEJLA = 'member3@praxis.example';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let inbound: { host: string; port: number };
const browsers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  smtp = await startSmtpSink();
  inbound = { host: '127.0.0.1', port: await freePort() };
  server = await startServer({
    database: 'any',
    env: {
      PRAXIS_SEED: 'demo',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Praxis <praxis@praxis.test>',
      // Mail goes at the next poll, and polls come every second: no ten-minute wait here.
      MAIL_BATCH_DELAY_SECONDS: '0',
      JOB_POLL_SECONDS: '1',
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      INBOUND_SMTP_PORT: String(inbound.port),
      INBOUND_SMTP_HOST: inbound.host,
    },
  });
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.stop();
  await smtp?.close();
});

/** The next mail to Lejla, once it has come: its text and the address to answer it at. */
async function nextMailToLejla(seen: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    // Conversation mails, not the weekly digest that a fresh network's first Monday brings.
    const mails = smtp.received.filter(
      (mail) => mail.to.includes(LEJLA) && /^Reply-To:/im.test(mail.raw),
    );
    const mail = mails[seen];
    if (mail) {
      // Headers from the raw mail: decoding quoted-printable would join folded header lines.
      const replyTo = mail.raw.match(/^Reply-To:\s*<?(reply\+[a-z2-7]+@[\w.-]+)>?/im)?.[1];
      const messageId = mail.raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1];
      if (!replyTo || !messageId) throw new Error(`a mail without Reply-To:\n${mail.text}`);
      return { text: mail.text, replyTo, messageId };
    }
    if (Date.now() > deadline) throw new Error(`no mail ${seen + 1} to ${LEJLA}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const log = (page: Page) => page.getByRole('log');

describe('a direct conversation with a member who only uses e-mail', () => {
  it('mails each message to her and posts her answers, without the quoted mail, in the room', async () => {
    const tarik = await signedInDemoMember(server, 'member6@praxis.example', browsers);
    await tarik.goto(`${server.origin}/members/lejla-hadzic`);
    await tarik.getByRole('button', { name: 'Message Lejla' }).click();
    await tarik.waitForURL(/\/chat\/[\w-]+$/);
    await tarik.getByRole('textbox', { name: 'Message' }).fill('Can we move our call to Thursday?');
    await tarik.getByRole('textbox', { name: 'Message' }).press('Enter');

    const first = await nextMailToLejla(0);
    expect(first.text).toContain('Can we move our call to Thursday?');
    expect(first.text).toContain('Tarik');

    // She answers from her mail program, Gmail style: her words above the quoted message.
    await sendMail(inbound, {
      from: `Lejla Hadžić <${LEJLA}>`,
      to: first.replyTo,
      subject: 'Re: your message',
      inReplyTo: first.messageId,
      references: [first.messageId],
      text: `Thursday works, after 10:00.\n\nOn Thu, 3 Dec 2026 at 17:02, Praxis <praxis@praxis.test> wrote:\n> Can we move our call to Thursday?\n`,
    });
    await log(tarik).getByText('Thursday works, after 10:00.').waitFor({ timeout: 20_000 });
    expect(await log(tarik).getByText('wrote:').count()).toBe(0);

    // His next message reaches her inbox too: the first one was mailed, so this one is news.
    await tarik.getByRole('textbox', { name: 'Message' }).fill('Great, 10:30 then.');
    await tarik.getByRole('textbox', { name: 'Message' }).press('Enter');
    const second = await nextMailToLejla(1);
    expect(second.text).toContain('Great, 10:30 then.');
    await tarik.screenshot({ path: await screenshotPath('email-conversation-1') });
    await tarik.setViewportSize({ width: 375, height: 812 });
    await tarik.screenshot({ path: await screenshotPath('email-conversation-1-phone') });
  });
});
