import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoNetwork, webText } from './harness.ts';

const demo = demoNetwork();
const t = webText('en');

/** The names of the caches that hold an answer for `path`, read in the page. */
const cachesHolding = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    const holding: string[] = [];
    for (const name of await caches.keys()) {
      if (await (await caches.open(name)).match(path, { ignoreVary: true })) holding.push(name);
    }
    return holding;
  }, path);

const waitUntilCached = (page: Page, path: string) =>
  page.waitForFunction(async (path) => {
    for (const name of await caches.keys()) {
      if (name.startsWith('data-') && (await (await caches.open(name)).match(path))) return true;
    }
    return false;
  }, path);

describe('offline reading', () => {
  it('opens the app and the last thread read with the network off, and serves none of it to the next member', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    const browser = page.context();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Chromium's own verdict on the manifest, its icons and the worker.
    const devtools = await browser.newCDPSession(page);
    expect(await devtools.send('Page.getInstallabilityErrors')).toEqual({
      installabilityErrors: [],
    });

    await page.goto(`${demo.server.origin}/threads`);
    const link = page.locator('.thread-row-title a').first();
    const threadUrl = new URL((await link.getAttribute('href')) ?? '', demo.server.origin).href;
    const threadPath = `/api/threads/${threadUrl.split('/').at(-1)}`;
    await page.goto(threadUrl);
    const heading = page.locator('.thread-page h1');
    const title = (await heading.textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    await waitUntilCached(page, threadPath);
    await waitUntilCached(page, '/api/auth/me');
    const firstMember = await page.evaluate(async () => {
      const answer = await (await fetch('/api/auth/me')).json();
      return answer.member.id as string;
    });

    await browser.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('navigation', { name: t('common.nav.main') }).waitFor();
    await browser.setOffline(false);

    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: t('common.accountMenu.signOut') }).click();
    await page.waitForURL(`${demo.server.origin}/login`);
    // From home, so that signing in leads home rather than back to the thread.
    await page.goto(`${demo.server.origin}/`);
    await page.waitForURL(`${demo.server.origin}/login`);
    const dataCaches = () =>
      page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('data-')));
    // Signed out, nothing is kept for anyone.
    expect(await dataCaches()).toEqual([]);

    await page.getByLabel('E-mail').fill('member2@praxis.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await waitUntilCached(page, '/api/auth/me');

    await browser.setOffline(true);
    await page.goto(threadUrl);
    await page.getByRole('heading', { level: 1, name: t('threads.thread.cannotShow') }).waitFor();
    expect(await page.getByRole('heading', { name: title }).count()).toBe(0);
    expect(await cachesHolding(page, threadPath)).toEqual([]);
    const kept = await dataCaches();
    expect(kept).toHaveLength(1);
    expect(kept).not.toContain(`data-${firstMember}`);
    await browser.setOffline(false);
  });
});
