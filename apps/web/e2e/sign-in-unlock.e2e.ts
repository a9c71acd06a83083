import { startSmtpSink } from '@praxis/api/testing/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './harness.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  // One proxy in front, so the wrong passwords below can come from many addresses.
  server = await startServer({
    database: 'embedded',
    env: {
      PRAXIS_SEED: 'demo',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Praxis <praxis@praxis.test>',
      TRUST_PROXY: '1',
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('the "unlock and sign in" e-mail', () => {
  it('signs the member in from the link after wrong passwords from many addresses slowed sign-in', async () => {
    const email = 'member4@praxis.example';
    for (let attempt = 1; attempt <= 11; attempt += 1) {
      const response = await fetch(`${server.origin}/api/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server.origin,
          'x-forwarded-for': `198.51.100.${attempt}`,
        },
        body: JSON.stringify({ email, password: `guess number ${attempt}` }),
      });
      expect(response.status).toBe(401);
    }
    const [mail] = await smtp.waitFor(1, 40_000);
    expect(mail?.to).toEqual([email]);
    const link = mail?.text.match(/https?:\/\/\S+\/unlock\?token=[\w-]+/)?.[0];
    if (!link) throw new Error('no unlock link in the e-mail');

    const page = await browser.context.newPage();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.origin));
    await page.getByRole('heading', { level: 1, name: 'Unlock and sign in' }).waitFor();
    // The page names the account before anything is used, so a link sent by someone else shows.
    await page.getByRole('button', { name: `Unlock and sign in as ${email}` }).waitFor();
    await page.screenshot({ path: await screenshotPath('unlock-01'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: await screenshotPath('unlock-01-phone'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('button', { name: `Unlock and sign in as ${email}` }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.origin));
    await page
      .getByText(
        'This unlock link has expired or was already used. Sign in with your password, or reset it from the sign-in page.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Unlock and sign in' }).isDisabled()).toBe(true);
    await page.screenshot({ path: await screenshotPath('unlock-02-used'), fullPage: true });
  });
});
