import { deliveryStatusNotification, sendMail } from '@praxis/api/testing/mail-client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetworkWithMail, launchBrowser, MAIL_DOMAIN, screenshotPath } from './harness.ts';

// The demo network, with real mail both ways: a reply to Mira's thread is mailed to her, the
// mail's footer link stops that topic, and her mail server's bounce report stops all mail to her
// address until she says it works again.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };
const MIRA = 'member10@praxis.example';

const demo = demoNetworkWithMail();
const { browsers } = demo;

const signedIn = (email: string) => demo.signedIn(email);

/** Sends a JSON request from the page, with its session, as the page's own scripts would. */
async function api(page: Page, method: 'POST' | 'GET', path: string, data?: unknown) {
  const response = await page.request.fetch(`${demo.server.origin}${path}`, {
    method,
    headers: { origin: demo.server.origin },
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok())
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: await screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

const topic = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('e-mail settings', () => {
  let mira: Page;
  let mail: { from: string; text: string; raw: string };

  it('mails a reply in her thread, whose footer link stops that topic without signing in, after asking', async () => {
    mira = await signedIn(MIRA);
    const created = await api(mira, 'POST', '/api/threads', {
      kind: 'discussion',
      title: 'Who has run a citizens’ panel on a budget?',
      body: 'We want to try one next spring.',
    });
    const threadId: string = created.id ?? created.thread?.id;
    const replier = await signedIn('member11@praxis.example');
    await api(replier, 'POST', `/api/threads/${threadId}/replies`, {
      body: 'We did, in Tuzla: start with the smallest budget line.',
    });
    mail = await demo.mailTo(MIRA, /^Subject: .*citizens/m);
    expect(mail.text).toContain('start with the smallest budget line');
    const link = mail.text.match(/https?:\/\/\S+\/unsubscribe\?token=[\w-]+/)?.[0];
    if (!link) throw new Error(`no unsubscribe link in the mail:\n${mail.text}`);

    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, demo.server.origin));
    await page.getByRole('heading', { level: 1, name: 'Stop these e-mails' }).waitFor();
    await page
      .getByText(/^Praxis will stop sending e-mail about replies in threads you started/)
      .waitFor();
    await screenshots(page, 'email-unsubscribe-01-ask');
    await page.getByRole('button', { name: 'Stop these e-mails' }).click();
    await page
      .getByText(/^Done: Praxis no longer sends e-mail about replies in threads you started/)
      .waitFor();
    await screenshots(page, 'email-unsubscribe-02-done');
    await page.getByRole('link', { name: 'Choose what Praxis e-mails you' }).waitFor();

    await page.goto(
      link
        .replace(/^https?:\/\/[^/]+/, demo.server.origin)
        .replace(/token=.*/, 'token=not-a-link-from-any-praxis-mail-at-all'),
    );
    await page
      .getByText(/^This unsubscribe link is not valid: part of it is missing or was changed\./)
      .waitFor();
    await screenshots(page, 'email-unsubscribe-03-bad-link');

    await mira.goto(`${demo.server.origin}/settings/email`);
    await topic(mira, 'Replies in threads you started').waitFor();
    expect(await topic(mira, 'Replies in threads you started').getByLabel('Off').isChecked()).toBe(
      true,
    );
    expect(await topic(mira, 'Mentions').getByLabel('Instant').isChecked()).toBe(true);
  });

  it('shows admins an address that bounced for good, and members not at all', async () => {
    // Her mail server reports to the mail's return path (its envelope sender), as a real one does.
    expect(mail.from).toMatch(
      new RegExp(`^bounce\\+[a-z2-7]+@${MAIL_DOMAIN.replaceAll('.', '\\.')}$`),
    );
    await sendMail(demo.inbound, deliveryStatusNotification(mail.from, MIRA, '5.1.1'));
    const page = await signedIn('admin@praxis.example');
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('link', { name: 'Bouncing addresses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bouncing addresses' }).waitFor();
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'Bouncing addresses' }).waitFor();
          return page.getByRole('row', { name: new RegExp(MIRA.replaceAll('.', '\\.')) }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await screenshots(page, 'email-bounces-01-admin');

    await mira.goto(`${demo.server.origin}/admin/email/bounces`);
    await mira
      .getByRole('heading', { level: 1, name: 'Only admins can see bouncing addresses' })
      .waitFor();
    expect(await mira.getByRole('row').count()).toBe(0);
  });

  it('leads the member from the bounce notification to the settings, where they choose per topic and the digest, and keeps the choices', async () => {
    await mira.goto(`${demo.server.origin}/notifications`);
    await mira
      .getByRole('link', { name: 'Mail to your address bounced — check your address' })
      .click();
    await mira.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    const notice = mira.getByRole('region', { name: 'Mail to your address bounced' });
    await notice
      .getByText(/5\.1\.1/)
      .first()
      .waitFor();
    expect(await topic(mira, 'Flagged posts').count()).toBe(0);
    await screenshots(mira, 'email-settings-01-bounced');
    await notice.getByRole('button', { name: 'It works again: send me mail' }).click();
    await mira.getByText(`Praxis sends mail to ${MIRA} again.`).waitFor();
    expect(await notice.count()).toBe(0);

    await topic(mira, 'Mentions').getByLabel('In my daily summary').check();
    await topic(mira, 'Meetup news').getByLabel('Off').check();
    await mira.getByLabel('Send me the weekly digest').uncheck();
    await mira.getByRole('button', { name: 'Save e-mail settings' }).click();
    await mira.getByText('Your e-mail settings are saved.').waitFor();
    await screenshots(mira, 'email-settings-02-saved');

    await mira.reload();
    await mira.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    await topic(mira, 'Mentions').waitFor();
    expect(await topic(mira, 'Mentions').getByLabel('In my daily summary').isChecked()).toBe(true);
    expect(await topic(mira, 'Meetup news').getByLabel('Off').isChecked()).toBe(true);
    expect(await topic(mira, 'Direct messages').getByLabel('Instant').isChecked()).toBe(true);
    expect(await mira.getByLabel('Send me the weekly digest').isChecked()).toBe(false);
    expect(await mira.getByText('Mail to your address bounced').count()).toBe(0);
  });
});
