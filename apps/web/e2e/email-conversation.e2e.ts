import { sendMail } from '@praxis/api/testing/mail-client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetworkWithMail, screenshotPath } from './harness.ts';

// Two members hold a direct conversation: Tarik in Praxis, Lejla only by e-mail. She never
// opens Praxis; each of his messages reaches her inbox and her answers reach his screen.

const LEJLA = 'member3@praxis.example';
const demo = demoNetworkWithMail();

/** The `nth` conversation mail to Lejla (not the weekly digest a fresh network's first week brings), and the address to answer it at. */
async function mailToLejla(nth: number) {
  const mail = await demo.mailTo(LEJLA, /^Reply-To:/im, nth);
  const replyTo = mail.raw.match(/^Reply-To:\s*<?(reply\+[a-z2-7]+@[\w.-]+)>?/im)?.[1];
  const messageId = mail.raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1];
  if (!replyTo || !messageId) throw new Error(`a mail without Reply-To:\n${mail.raw}`);
  return { text: mail.text, replyTo, messageId };
}

const log = (page: Page) => page.getByRole('log');

describe('a direct conversation with a member who only uses e-mail', () => {
  it('mails each message to her and posts her answers, without the quoted mail, in the room', async () => {
    const tarik = await demo.signedIn('member6@praxis.example');
    await tarik.goto(`${demo.server.origin}/members/lejla-hadzic`);
    await tarik.getByRole('button', { name: 'Message Lejla' }).click();
    await tarik.waitForURL(/\/chat\/[\w-]+$/);
    await tarik.getByRole('textbox', { name: 'Message' }).fill('Can we move our call to Thursday?');
    await tarik.getByRole('textbox', { name: 'Message' }).press('Enter');

    const first = await mailToLejla(0);
    expect(first.text).toContain('Can we move our call to Thursday?');
    expect(first.text).toContain('Tarik');

    // She answers from her mail program, Gmail style: her words above the quoted message.
    await sendMail(demo.inbound, {
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
    const second = await mailToLejla(1);
    expect(second.text).toContain('Great, 10:30 then.');
    await tarik.screenshot({ path: await screenshotPath('email-conversation-1') });
    await tarik.setViewportSize({ width: 375, height: 812 });
    await tarik.screenshot({ path: await screenshotPath('email-conversation-1-phone') });
  });
});
