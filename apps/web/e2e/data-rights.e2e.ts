import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { startSmtpSink } from '@praxis/api/testing/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  launchBrowser,
  type RunningServer,
  screenshotPath,
  startServer,
} from './harness.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const email = 'member9@praxis.example';

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startServer({
    database: 'embedded',
    env: {
      PRAXIS_SEED: 'demo',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Praxis <praxis@praxis.test>',
      JOB_POLL_SECONDS: '1',
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** One file of a zip, read through its local header (stored or deflated). */
function fileInZip(zip: Buffer, name: string): string | null {
  for (
    let at = zip.indexOf('PK\u0003\u0004');
    at >= 0;
    at = zip.indexOf('PK\u0003\u0004', at + 4)
  ) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) !== name) continue;
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
  }
  return null;
}

async function signIn(page: Awaited<ReturnType<typeof browser.context.newPage>>) {
  await page.goto(`${server.origin}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('a member’s data rights', () => {
  it('downloads their data from the mailed link, then deletes their account and cannot sign in', async () => {
    const page = await browser.context.newPage();
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.goto(`${server.origin}/account`);
    await page.getByRole('link', { name: 'Download your data or delete your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await page.getByRole('button', { name: 'Prepare my data' }).click();

    const [mail] = await smtp.waitFor(1, 40_000);
    expect(mail?.to).toEqual([email]);
    const link = mail?.text.match(/https?:\/\/\S+\/account\/data/)?.[0];
    if (!link) throw new Error('no download link in the e-mail');
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.origin));
    const download = page.getByRole('link', { name: /^Download my data/ });
    await download.waitFor();
    await page.screenshot({ path: await screenshotPath('data-rights-01'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: await screenshotPath('data-rights-01-phone'), fullPage: true });
    const locale = (choice: string) =>
      page.request.put(`${server.origin}/api/auth/me/locale`, {
        data: { locale: choice },
        headers: { origin: server.origin },
      });
    await locale('fr');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await page.screenshot({
      path: await screenshotPath('data-rights-01-fr-phone'),
      fullPage: true,
    });
    await locale('en');
    await page.reload();
    await page.setViewportSize({ width: 1280, height: 860 });

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const zip = await readFile(await file.path());
    const profile = JSON.parse(fileInZip(zip, 'profile.json') ?? '{}');
    expect(profile.members?.[0]?.email).toBe(email);

    await page.getByLabel('Keep my posts').check();
    await page.getByLabel('Your password, to confirm').fill(DEMO_PASSWORD);
    await page.getByLabel('I understand that this cannot be undone.').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(/\/login/);

    await signIn(page);
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
