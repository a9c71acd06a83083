import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainText, storePilot, storeShowcaseItem } from '../../testing/showcase-public.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { SHOWCASE_REQUESTS_PER_MINUTE } from './public-pages.routes.ts';

// What crawlers are allowed, the admin's off switch, and how the pages are cached and limited.

let t: TestApp;
let webDist: string;
let adminCookie: string;
let slug: string;
let addresses = 0;

beforeAll(async () => {
  // A built app's page, so that its shell is served as in production.
  webDist = mkdtempSync(join(tmpdir(), 'praxis-web-'));
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="en"><head></head><body></body></html>',
  );
  t = await createTestApp({ WEB_DIST: webDist });
  const admin = await createMember(t.database.db, { role: 'admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
  const pilotId = await storePilot(t.database.db, 'Open contracting');
  slug = (await storeShowcaseItem(t, { pilotId, title: 'Open contracting' })).slug;
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

function visit(url: string, headers: Record<string, string> = {}, remoteAddress?: string) {
  addresses += 1;
  return t.app.inject({
    method: 'GET',
    url,
    headers,
    remoteAddress: remoteAddress ?? `10.43.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
  });
}

const setShowcase = (enabled: boolean) =>
  t.request({
    method: 'PUT',
    url: '/api/admin/settings',
    cookie: adminCookie,
    payload: { showcase: { enabled } },
  });

describe('GET /robots.txt', () => {
  it('lets crawlers read the showcase and its sitemap, and nothing else', async () => {
    const robots = await visit('/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body).toBe(
      'User-agent: *\nAllow: /showcase/\nAllow: /showcase$\nAllow: /sitemap.xml$\nDisallow: /\n\nSitemap: http://praxis.test/sitemap.xml\n',
    );
  });
});

describe('X-Robots-Tag', () => {
  it('keeps every API answer and the app page out of search engines, and lifts it on the showcase only', async () => {
    const api = await visit('/api/health');
    const unknownApi = await visit('/api/nothing-here');
    const shell = await visit('/threads/some-thread');
    expect(shell.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const response of [api, unknownApi, shell]) {
      expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    }
    const open = [
      '/showcase/en',
      `/showcase/en/pilots/${slug}`,
      '/showcase/feed.atom',
      '/sitemap.xml',
      '/robots.txt',
    ];
    for (const url of open) {
      const response = await visit(url);
      expect([url, response.statusCode, response.headers['x-robots-tag']]).toEqual([
        url,
        200,
        undefined,
      ]);
    }
  });
});

describe('the admin switch', () => {
  it('turned off, answers 404 on every page and the feed, empties the sitemap and disallows everything', async () => {
    expect((await visit(`/showcase/en/pilots/${slug}`)).statusCode).toBe(200);
    expect((await setShowcase(false)).statusCode).toBe(200);
    for (const url of ['/showcase/en', `/showcase/en/pilots/${slug}`, '/showcase/feed.atom']) {
      const response = await visit(url);
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.body).not.toContain('Open contracting');
    }
    expect(mainText(await visit('/showcase/fr'))).toContain('Page introuvable');
    const sitemap = await visit('/sitemap.xml');
    expect(XMLValidator.validate(sitemap.body)).toBe(true);
    expect(sitemap.body).not.toContain('<url>');
    expect((await visit('/robots.txt')).body).toBe('User-agent: *\nDisallow: /\n');
    expect((await setShowcase(true)).statusCode).toBe(200);
    expect((await visit(`/showcase/en/pilots/${slug}`)).statusCode).toBe(200);
  });
});

describe('caching', () => {
  it('sends an ETag, public but revalidated each time, and answers 304 when it still matches', async () => {
    const first = await visit(`/showcase/hr/pilots/${slug}`);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await visit(`/showcase/hr/pilots/${slug}`, { 'if-none-match': etag });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    const other = await visit(`/showcase/fr/pilots/${slug}`, { 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
    const css = await visit('/showcase/showcase.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('--accent: #');
    expect(
      (await visit('/showcase/showcase.css', { 'if-none-match': String(css.headers.etag) }))
        .statusCode,
    ).toBe(304);
  });

  it('reads no session: a cookie changes nothing and none is set', async () => {
    const plain = await visit('/showcase/en');
    const withCookie = await visit('/showcase/en', { cookie: 'praxis_session=made-up-token' });
    expect(withCookie.body).toBe(plain.body);
    expect(withCookie.headers['set-cookie']).toBeUndefined();
  });
});

describe('the rate limit', () => {
  it(`answers an address's request over ${SHOWCASE_REQUESTS_PER_MINUTE} a minute with a 429 page in its language, saying when to come back`, async () => {
    const address = '10.99.0.1';
    for (let count = 0; count < SHOWCASE_REQUESTS_PER_MINUTE; count += 1) {
      expect((await visit(`/showcase/fr/pilots/${slug}`, {}, address)).statusCode).toBe(200);
    }
    const refused = await visit(`/showcase/fr/pilots/${slug}`, {}, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(mainText(refused)).toMatch(
      /^Trop de requêtes Trop de requêtes ; réessayez dans \d+ secondes\. Toutes les leçons/,
    );
    expect((await visit(`/showcase/fr/pilots/${slug}`)).statusCode).toBe(200);
  });
});
