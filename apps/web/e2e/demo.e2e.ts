import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  labelContentMismatches,
  launchBrowser,
  type RunningServer,
  screenshotPath,
  signedInDemoMember,
  startServer,
} from './harness.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startServer({ database: 'embedded', env: { PRAXIS_SEED: 'demo' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the embedded demo network', () => {
  it('prints the demo logins at start-up', () => {
    expect(server.output()).toContain('admin@praxis.example');
    expect(server.output()).toContain('praxis-demo');
  });

  it('lets the demo admin sign in and read the outbox', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForURL(`${server.origin}/login`);
    await page.screenshot({ path: await screenshotPath('10-login') });
    await page.getByLabel('E-mail').fill('admin@praxis.example');
    await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.screenshot({ path: await screenshotPath('11-account-menu') });
    await page.keyboard.press('Escape');
    await page.goto(`${server.origin}/outbox`);
    await page.getByRole('heading', { name: 'E-mail outbox' }).waitFor();
    await page.getByText('The outbox is empty.').waitFor();
  });
});

/** A demo account signed in, in a browser of its own that `afterAll` closes. */
const signedIn = (email: string) => signedInDemoMember(server, email, others);
const others: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const other of others) await other.close();
});

/** Screenshots of the page at desktop width and at a 375-pixel phone's. */
async function screenshotBothWidths(page: Page, name: string) {
  await page.screenshot({ path: await screenshotPath(name), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: await screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('pages that are not there for everyone', () => {
  it('tells an organiser who opens the outbox that only admins can read it, and what it is', async () => {
    const page = await signedIn('organiser1@praxis.example');
    await page.goto(`${server.origin}/outbox`);
    await page
      .getByRole('heading', { level: 1, name: 'Only admins can read the outbox' })
      .waitFor();
    await page
      .getByText(
        'The outbox keeps the e-mail Praxis would send while no mail server is set up, so that an admin can check it and pass links on.',
      )
      .waitFor();
    expect(await page.getByText(/on its way/).count()).toBe(0);
    expect(await page.title()).toMatch(/^Only admins can read the outbox/);
    await screenshotBothWidths(page, '12-outbox-refused');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  });

  it('says an unknown address has no page, and leads home and to search', async () => {
    const page = await signedIn('member1@praxis.example');
    await page.goto(`${server.origin}/threads-that-never-were`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByText('There is no page at this address.').waitFor();
    expect(await page.getByText(/on its way/).count()).toBe(0);
    await screenshotBothWidths(page, '13-not-found');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Search Praxis' }).click();
    await page.waitForURL(`${server.origin}/search`);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await page.goBack();
    await main.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(`${server.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Amra' }).waitFor();
  });

  it('names the unread count beside Chat by what it shows, on every page', async () => {
    const page = await signedIn('member1@praxis.example');
    const chat = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: /^Chat \d+ unread$/,
    });
    for (const path of ['/', '/directory', '/threads', '/meetups', '/chat']) {
      await page.goto(`${server.origin}${path}`);
      await chat.waitFor();
      expect(await chat.getAttribute('aria-label')).toBeNull();
      const shown = await chat.evaluate((link) =>
        [...link.querySelectorAll(':scope > .nav-count')].map(
          (badge) => badge.firstChild?.textContent,
        ),
      );
      expect(shown).toHaveLength(1);
      expect(await chat.ariaSnapshot()).toContain(`link "Chat ${shown[0]} unread"`);
      expect(await labelContentMismatches(page)).toEqual([]);
    }
    await page.goto(`${server.origin}/`);
    await chat.waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .screenshot({ path: await screenshotPath('14-chat-count') });
  });
});
