import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoNetwork } from './harness.ts';

const demo = demoNetwork();

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
