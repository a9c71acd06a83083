import { unsubscribePageLink } from '@praxis/api/testing/email-links';
import { createDb, type Database } from '@praxis/db/client';
import { emailAddressHealth } from '@praxis/db/schema/email';
import { notifications } from '@praxis/db/schema/notifications';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './harness.ts';

// The members and the unsubscribe link are made in the server's database, which a browser test
// can reach only on PostgreSQL (the embedded one belongs to the server process alone).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 860 };

let server: RunningServer;
let database: Database;
const browsers: Awaited<ReturnType<typeof launchBrowser>>[] = [];
let member: Awaited<ReturnType<typeof createMember>>;
let admin: Awaited<ReturnType<typeof createMember>>;

beforeAll(async () => {
  if (!onPostgres) return;
  server = await startServer({ database: 'any' });
  if (!server.databaseUrl) throw new Error('the server did not start on PostgreSQL');
  database = createDb({ databaseUrl: server.databaseUrl, poolSize: 2 });
  admin = await createMember(database.db, { role: 'admin', name: 'Ada Admin' });
  member = await createMember(database.db, {
    name: 'Mira Petrović',
    email: 'mira.petrovic@agency.example',
  });
  await database.db.insert(emailAddressHealth).values([
    {
      address: member.email,
      hardBouncedAt: new Date('2026-11-20T09:30:00Z'),
      lastBounce: '550 5.1.1 <mira.petrovic@agency.example>: mailbox unavailable',
      lastBouncedAt: new Date('2026-11-20T09:30:00Z'),
    },
    {
      address: 'left.the.agency@former.example',
      softBounces: 2,
      lastBounce: '452 4.2.2 mailbox full',
      lastBouncedAt: new Date('2026-11-21T07:05:00Z'),
    },
  ]);
  // What the bounce handling tells the member in the app.
  await database.db.insert(notifications).values({ memberId: member.id, kind: 'email_bounced' });
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await database?.close();
  await server?.stop();
});

async function signedIn(email: string): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  return page;
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: await screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

const topic = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe.skipIf(!onPostgres)('e-mail settings (on PostgreSQL)', () => {
  it('leads a member from the bounce notification to the settings, where they choose per topic and the weekly digest, and keeps the choices', async () => {
    const page = await signedIn(member.email);
    await page.getByRole('link', { name: /^Notifications, 1 unread/ }).click();
    await page
      .getByRole('link', { name: 'Mail to your address bounced — check your address' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('link', { name: 'E-mail settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    await page.getByText('Choose what Praxis e-mails to').waitFor();
    expect(await topic(page, 'Mentions').getByLabel('Instant').isChecked()).toBe(true);
    expect(await topic(page, 'Meetup news').getByLabel('In my daily summary').isChecked()).toBe(
      true,
    );
    // Flags are for organisers and admins.
    expect(await topic(page, 'Flagged posts').count()).toBe(0);

    const notice = page.getByRole('region', { name: 'Mail to your address bounced' });
    await notice.getByText('550 5.1.1').waitFor();
    await screenshots(page, 'email-settings-01-bounced');
    await notice.getByRole('button', { name: 'It works again: send me mail' }).click();
    await page.getByText('Praxis sends mail to mira.petrovic@agency.example again.').waitFor();
    expect(await notice.count()).toBe(0);

    await topic(page, 'Mentions').getByLabel('In my daily summary').check();
    await topic(page, 'Meetup news').getByLabel('Off').check();
    await page.getByLabel('Send me the weekly digest').uncheck();
    await page.getByRole('button', { name: 'Save e-mail settings' }).click();
    await page.getByText('Your e-mail settings are saved.').waitFor();
    await screenshots(page, 'email-settings-02-saved');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'E-mail settings' }).waitFor();
    await topic(page, 'Mentions').waitFor();
    expect(await topic(page, 'Mentions').getByLabel('In my daily summary').isChecked()).toBe(true);
    expect(await topic(page, 'Meetup news').getByLabel('Off').isChecked()).toBe(true);
    expect(await topic(page, 'Direct messages').getByLabel('Instant').isChecked()).toBe(true);
    expect(await page.getByLabel('Send me the weekly digest').isChecked()).toBe(false);
    expect(await page.getByText('Mail to your address bounced').count()).toBe(0);
  });

  it('stops one topic from the link in a mail, without signing in, after asking', async () => {
    const link = await unsubscribePageLink(
      server.databaseUrl ?? '',
      server.origin,
      member.id,
      'direct_messages',
    );
    const browser = await launchBrowser();
    browsers.push(browser);
    const page = await browser.context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Stop these e-mails' }).waitFor();
    await page
      .getByText('Praxis will stop sending e-mail about direct messages to mi•••@agency.example.')
      .waitFor();
    await screenshots(page, 'email-unsubscribe-01-ask');
    await page.getByRole('button', { name: 'Stop these e-mails' }).click();
    await page
      .getByText(
        'Done: Praxis no longer sends e-mail about direct messages to mi•••@agency.example.',
      )
      .waitFor();
    await screenshots(page, 'email-unsubscribe-02-done');
    await page.getByRole('link', { name: 'Choose what Praxis e-mails you' }).waitFor();

    await page.goto(link.replace(/token=.*/, 'token=not-a-link-from-any-praxis-mail-at-all'));
    await page
      .getByText(/^This unsubscribe link is not valid: part of it is missing or was changed\./)
      .waitFor();
    await screenshots(page, 'email-unsubscribe-03-bad-link');

    const settings = await signedIn(member.email);
    await settings.goto(`${server.origin}/settings/email`);
    await topic(settings, 'Direct messages').waitFor();
    expect(await topic(settings, 'Direct messages').getByLabel('Off').isChecked()).toBe(true);
    expect(await topic(settings, 'Mentions').getByLabel('In my daily summary').isChecked()).toBe(
      true,
    );
  });

  it('shows admins the addresses that bounce, and members not at all', async () => {
    const page = await signedIn(admin.email);
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('link', { name: 'Bouncing addresses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bouncing addresses' }).waitFor();
    const row = page.getByRole('row', { name: /left\.the\.agency@former\.example/ });
    await row.getByText('Retrying: 2 temporary failures').waitFor();
    expect(await topic(page, 'Flagged posts').count()).toBe(0);
    await screenshots(page, 'email-bounces-01-admin');

    const memberPage = await signedIn(member.email);
    await memberPage.goto(`${server.origin}/admin/email/bounces`);
    await memberPage
      .getByRole('heading', { level: 1, name: 'Only admins can see bouncing addresses' })
      .waitFor();
    expect(await memberPage.getByText('left.the.agency@former.example').count()).toBe(0);
  });
});
