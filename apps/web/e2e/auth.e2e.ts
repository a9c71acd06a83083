import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, screenshotPath, startServer } from './harness.ts';

let server: RunningServer;
let admin: Awaited<ReturnType<typeof launchBrowser>>;
let invitee: Awaited<ReturnType<typeof launchBrowser>>;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  admin = await launchBrowser();
  invitee = await launchBrowser();
  for (const { context } of [admin, invitee]) {
    context.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }
});
afterAll(async () => {
  await admin?.close();
  await invitee?.close();
  await server?.stop();
});

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('a new Praxis, from first run to invitation to sign-in', () => {
  let inviteUrl = '';

  it('runs on PostgreSQL when the suite is given a server, else on the embedded database', async () => {
    const health = (await (await fetch(`${server.origin}/api/health`)).json()) as {
      database: string;
    };
    expect(health.database).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('sends the first visitor to setup, which creates the admin and signs them in', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(`${server.origin}/setup`);
    await page.getByLabel('Your name').waitFor();
    const tokenField = page.getByLabel('Setup token');
    if (server.databaseUrl) {
      // On PostgreSQL only whoever reads the server's output may create the first admin.
      const setupToken = server
        .output()
        .match(/Setup token \(the setup page asks for it\): (\S+)/)?.[1];
      expect(setupToken).toMatch(/^[\w-]{24}$/);
      await page.getByLabel('Your name').fill('Ada Lovelace');
      await page.getByLabel('E-mail').fill('ada@agency.example');
      await page.getByLabel('Password').fill('analytical engine 1843');
      await page.getByRole('button', { name: 'Create admin account' }).click();
      await page
        .getByText('Enter the setup token Praxis printed when it started (see the server log).')
        .first()
        .waitFor();
      await page.screenshot({ path: await screenshotPath('01-setup-token-missing') });
      await tokenField.fill(setupToken ?? '');
      const desktop = page.viewportSize();
      await page.setViewportSize({ width: 375, height: 812 });
      await page.screenshot({ path: await screenshotPath('01-setup-token-phone'), fullPage: true });
      if (desktop) await page.setViewportSize(desktop);
    } else {
      expect(await tokenField.count()).toBe(0);
    }
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('E-mail').fill('ada@agency.example');
    await page.getByLabel('Password').fill('analytical engine 1843');
    await page.screenshot({ path: await screenshotPath('01-setup') });
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    await page.screenshot({ path: await screenshotPath('02-home') });
  });

  it('lets the admin invite someone and shows the single-use link', async () => {
    const page = admin.context.pages().at(-1) as Page;
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('link', { name: 'Invite people' }).click();
    await page.getByLabel('E-mail address').fill('amra@agency.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const link = page.locator('.invite-link');
    await link.waitFor();
    inviteUrl = (await link.textContent()) ?? '';
    expect(inviteUrl).toMatch(new RegExp(`^${server.origin}/invite/[\\w-]+$`));
    await expect
      .poll(() => page.getByRole('cell', { name: 'amra@agency.example', exact: true }).count())
      .toBe(1);
    await page.screenshot({ path: await screenshotPath('03-invitations') });
  });

  it('lets the invitee accept in their own browser and land signed in', async () => {
    const page = await invitee.context.newPage();
    await page.goto(inviteUrl);
    await page.getByText('Ada Lovelace invited').waitFor();
    await page.getByLabel('Your name').fill('Amra Hadžić');
    await page.getByLabel('Password').fill('amra');
    await page.getByText('more characters needed').waitFor();
    await page.getByLabel('Password').fill('bridges over the neretva');
    await page.screenshot({ path: await screenshotPath('04-accept-invitation') });
    await page.getByRole('button', { name: 'Create my account' }).click();
    // A welcome first: invited without a cohort, they are told how they will get one.
    await page.getByRole('heading', { level: 1, name: 'Welcome to Praxis, Amra' }).waitFor();
    await page.getByText('You are not in a cohort yet').waitFor();
    await page.getByRole('link', { name: 'Complete your profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
  });

  it('signs the invitee out, and back in', async () => {
    const page = invitee.context.pages().at(-1) as Page;
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.origin}/login`);
    await page.goto(`${server.origin}/threads`);
    await page.waitForURL(`${server.origin}/login`);
    await signIn(page, 'amra@agency.example', 'bridges over the neretva');
    await page.waitForURL(`${server.origin}/threads`);
    await page.getByRole('heading', { name: 'Threads' }).waitFor();
  });

  it('tells a wrong password apart from nothing, then rate-limits repeated attempts', async () => {
    const page = invitee.context.pages().at(-1) as Page;
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.origin}/login`);

    await signIn(page, 'amra@agency.example', 'not my password');
    await page.getByRole('alert').filter({ hasText: 'do not match an account' }).waitFor();
    await page.screenshot({ path: await screenshotPath('05-wrong-password') });

    let lastStatus = 0;
    for (let attempt = 0; attempt < 12 && lastStatus !== 429; attempt += 1) {
      await page.getByLabel('Password', { exact: true }).fill(`still wrong ${attempt}`);
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.url().endsWith('/api/auth/login')),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      lastStatus = response.status();
    }
    expect(lastStatus).toBe(429);
    const limited = page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' });
    await limited.waitFor();
    expect(await limited.textContent()).toMatch(
      /for this account from your network\. Try again in \d+ minutes\./,
    );
    await page.screenshot({ path: await screenshotPath('06-rate-limited') });
  });

  it('loads the sign-in page on a first visit with no error, no CSP violation and compressed code', async () => {
    const visitor = await launchBrowser();
    try {
      const page = await visitor.context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const entry = page.waitForResponse((response) =>
        /\/assets\/index-[\w-]+\.js$/.test(response.url()),
      );
      await page.goto(`${server.origin}/login`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const script = await entry;
      expect(await script.request().headerValue('accept-encoding')).toMatch(/\bbr\b/);
      expect(await script.headerValue('content-encoding')).toBe('br');
      expect(await script.headerValue('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(
        await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations),
      ).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('logged no errors in the browser console (a broken CSP would show here)', () => {
    const unexpected = consoleErrors.filter(
      (text) => !/status of 40[139]|status of 429/.test(text),
    );
    expect(unexpected).toEqual([]);
  });
});
