import { cpSync, mkdtempSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoNetwork, webText } from './harness.ts';

// The app shell on a phone's terms: a first load that needs no round trip, reading offline, and
// a deploy while a member has Praxis open. The server serves a copy of the build, which the last
// test changes as a new build would.

const webDist = mkdtempSync(join(tmpdir(), 'praxis-web-'));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), webDist, { recursive: true });
// The page waits up to 300 ms for its reads in use; a CI machine running many browsers at once
// can take longer for a server's first reads, and these tests are about the answers coming with
// the page, not about that limit.
const demo = demoNetwork({ WEB_DIST: webDist, FIRST_ANSWERS_WAIT_MS: '3000' });
const t = webText('en');
afterAll(() => rm(webDist, { recursive: true, force: true }));

/** The API paths the page asked the server for, as it asked them. */
function apiRequestsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) paths.push(`${url.pathname}${url.search}`);
  });
  return paths;
}

describe('the first load of a page', () => {
  it('shows a thread with the answers the page came with, asking the server for none of them', async () => {
    const page = await demo.signedIn('member1@praxis.example');
    await page.goto(`${demo.server.origin}/threads`);
    const link = page.locator('.thread-row-title a').first();
    const href = (await link.getAttribute('href')) ?? '';
    const threadId = href.split('/').at(-1) ?? '';

    const asked = apiRequestsOf(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${demo.server.origin}${href}`);
    await page.locator('.thread-page h1').waitFor();
    await page.locator('.thread-page .prose').first().waitFor();
    const askedBeforeShown = [...asked];

    for (const answered of ['/api/auth/me', '/api/setup', `/api/threads/${threadId}`]) {
      expect(askedBeforeShown).not.toContain(answered);
    }
    expect(
      askedBeforeShown.some((path) => path.startsWith(`/api/threads/${threadId}/replies`)),
    ).toBe(false);
    // The page's own code and its language's catalog were announced by the page itself.
    const announced = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"]')].map(
        (link) => new URL((link as HTMLLinkElement).href).pathname,
      ),
    );
    expect(announced.some((path) => /\/assets\/thread-page-[\w-]+\.js$/.test(path))).toBe(true);
    expect(announced.some((path) => /\/assets\/en-[\w-]+\.js$/.test(path))).toBe(true);
    // The answers are gone from the page once taken.
    expect(await page.locator('#praxis-answers').count()).toBe(0);
  });

  it('asks the server for what a page reached by a link shows', async () => {
    const page = await demo.signedIn('member2@praxis.example');
    await page.goto(`${demo.server.origin}/`);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    const listRead = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/api/threads',
    );
    await page
      .getByRole('link', { name: /^Threads/ })
      .first()
      .click();
    await page.waitForURL(/\/threads$/);
    await listRead;
  });
});

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

/** The build id of the worker's script: it names the cache of the app shell. */
const BUILD_ID = /id:`([0-9a-f]{16})`/;

/** Deploys a build whose worker differs from the running one only by its id, as a new build's does. */
async function deployNextBuild(): Promise<string> {
  const file = join(webDist, 'sw.js');
  const script = await readFile(file, 'utf8');
  const id = script.match(BUILD_ID)?.[1];
  if (!id) throw new Error('sw.js names no build id');
  const next = [...id].reverse().join('');
  await writeFile(file, script.replaceAll(id, next));
  // The compressed copies are the old script: the changed one is served as it is.
  await rm(`${file}.br`, { force: true });
  await rm(`${file}.gz`, { force: true });
  return next;
}

const shellCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('shell-')));

describe('a new version of Praxis', () => {
  it('is offered with a prompt in an open tab, and loads when the member chooses to reload', async () => {
    const page = await demo.signedIn('member3@praxis.example');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const [firstShell] = await shellCaches(page);

    const nextId = await deployNextBuild();
    // The browser checks the worker's script at each navigation; the old worker still answers.
    await page.reload();
    const prompt = page.getByRole('alert').filter({ hasText: t('common.updateBanner.newVersion') });
    await prompt.waitFor();
    expect(await shellCaches(page)).toContain(firstShell);

    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: t('common.updateBanner.reload') }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(await prompt.count()).toBe(0);
    // The new worker controls the page, and the old build's shell is gone.
    expect(await shellCaches(page)).toEqual([`shell-${nextId}`]);
  });
});
