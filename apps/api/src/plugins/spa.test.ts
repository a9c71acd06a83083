import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { FIRST_ANSWERS_ELEMENT_ID, type FirstLoad } from '@praxis/contracts/first-load';
import { sessions } from '@praxis/db/schema/auth';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { VOUCHED_HEADER } from './auth.ts';
import { REQUESTS_PER_MINUTE } from './security.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;
const SHELL =
  '<!doctype html><html lang="en"><head><script type="module" src="/assets/x-abc123.js"></script></head><body><div id="root"></div></body></html>';

const FIRST_LOAD: FirstLoad = {
  locales: { en: ['assets/en-1.js'], fr: ['assets/fr-1.js'] },
  everyPageReads: ['/api/auth/me'],
  pages: [{ path: '/threads/:id', files: ['assets/thread-1.js'], reads: ['/api/threads/:id'] }],
};

let t: TestApp;
let base: string;
let webDist: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'praxis-spa-'));
  // The web root itself lies under a folder named assets: only a path inside the root counts.
  webDist = join(base, 'assets', 'dist');
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), SHELL);
  writeFileSync(join(webDist, 'manifest.webmanifest'), '{"name":"Praxis"}');
  writeFileSync(join(webDist, 'first-load.json'), JSON.stringify(FIRST_LOAD));
  const script = join(webDist, 'assets', 'x-abc123.js');
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  writeFileSync(`${script}.map`, '{"version":3}');
  t = await createTestApp({ WEB_DIST: webDist });
});

afterAll(async () => {
  await t.close();
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('a hashed asset', () => {
  it('is sent brotli-compressed to a browser that accepts br', async () => {
    const response = await get('/assets/x-abc123.js', 'gzip, deflate, br, zstd');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('is sent gzip-compressed to a browser that accepts only gzip', async () => {
    const response = await get('/assets/x-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('is sent as it is when no encoding is accepted', async () => {
    const response = await get('/assets/x-abc123.js');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe(SCRIPT);
  });

  it('varies on Accept-Encoding and is cached for a year, immutable', async () => {
    for (const acceptEncoding of ['br', 'gzip', undefined]) {
      const response = await get('/assets/x-abc123.js', acceptEncoding);
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has no source map to give, and its compressed copies are not addressable', async () => {
    for (const url of [
      '/assets/x-abc123.js.map',
      '/assets/x-abc123.js.br',
      '/assets/x-abc123.js.gz',
    ]) {
      expect((await get(url)).statusCode).toBe(404);
    }
  });
});

describe('the app shell', () => {
  it('is revalidated each time, names the language, and varies on what chose it', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/threads/123',
      headers: { 'accept-encoding': 'br', 'accept-language': 'fr' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-encoding']).toBe('br');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
    expect(String(response.headers.vary)).toMatch(/cookie/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('<html lang="fr">');
  });

  it('is sent as it is when no encoding is accepted', async () => {
    const response = await get('/');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toContain('<div id="root">');
  });

  it('leaves other files to be revalidated too, wherever the web root lies on disk', async () => {
    const response = await get('/manifest.webmanifest');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});

/** The answers the shell carries, by the path that asks for them. */
function answersIn(html: string): Record<string, unknown> {
  const pattern = new RegExp(
    `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">([^<]*)</script>`,
  );
  return JSON.parse(html.match(pattern)?.[1] ?? '{}') as Record<string, unknown>;
}

describe("the shell's first load", () => {
  async function person(name: string) {
    const member = await createMember(t.database.db, { name });
    return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
  }
  async function thread(cookie: string, cohortId?: string) {
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie,
      payload: { kind: 'discussion', title: 'Shared services', body: 'What worked?', cohortId },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  }
  const shell = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
    t.request({ method: 'GET', url, cookie, headers });

  it("announces the language's catalog and the page's files", async () => {
    const response = await shell('/threads/abc', undefined, { 'accept-language': 'fr' });
    expect(response.body).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/fr-1.js">',
    );
    expect(response.body).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/thread-1.js">',
    );
    expect(response.body).not.toContain('/assets/en-1.js');
  });

  it("carries the signed-in member's own answers, each as the API gives it to them", async () => {
    const author = await person('Ana Author');
    const id = await thread(author.cookie);
    const response = await shell(`/threads/${id}`, author.cookie);
    const answers = answersIn(response.body);
    expect(answers['/api/auth/me']).toEqual(
      (await t.request({ method: 'GET', url: '/api/auth/me', cookie: author.cookie })).json(),
    );
    expect(answers[`/api/threads/${id}`]).toMatchObject({ id, title: 'Shared services' });
  });

  it('leaves out what the member may not read, as the API refuses it to them', async () => {
    const author = await person('Cora Cohort');
    const outsider = await person('Otto Outsider');
    const cohort = await createCohort(t.database.db, { memberIds: [author.id] });
    const id = await thread(author.cookie, cohort.id);
    const answers = answersIn((await shell(`/threads/${id}`, outsider.cookie)).body);
    expect(Object.keys(answers)).toEqual(['/api/auth/me']);
    expect(answers['/api/auth/me']).toMatchObject({ member: { id: outsider.id } });
    expect((await shell(`/threads/${id}`, author.cookie)).body).toContain('Shared services');
  });

  it("gives a visitor with no session only the session's answer, and no page's", async () => {
    const author = await person('Vera Visible');
    const id = await thread(author.cookie);
    const response = await shell(`/threads/${id}`);
    expect(answersIn(response.body)).toEqual({ '/api/auth/me': { member: null } });
  });

  it("serves the built page at /index.html as it is, for the service worker's offline copy", async () => {
    const member = await person('Sam Signed-in');
    const response = await shell('/index.html', member.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(SHELL);
  });

  it("refreshes a session past half its life on the page's own reply, and clears a dead one", async () => {
    const member = await person('Rafa Returning');
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 24 * 3600 * 1000) })
      .where(eq(sessions.userId, member.id));
    const refreshed = await shell('/threads/abc', member.cookie);
    expect(String(refreshed.headers['set-cookie'])).toMatch(/praxis_session=\w+;.*Max-Age=\d{6,}/);
    const [row] = await t.database.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, member.id));
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000);

    await t.database.db.delete(sessions).where(eq(sessions.userId, member.id));
    const ended = await shell('/threads/abc', member.cookie);
    expect(String(ended.headers['set-cookie'])).toMatch(/praxis_session=;.*Max-Age=0/);
    expect(answersIn(ended.body)).toEqual({ '/api/auth/me': { member: null } });
  });

  it("takes no member from a request's own vouching header, which only the process can give", async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      headers: { [VOUCHED_HEADER]: 'a-guessed-nonce' },
    });
    expect(response.json()).toEqual({ member: null });
  });

  it('answers no page read for a prefetch, which would mark a thread read unseen', async () => {
    const author = await person('Pia Prefetch');
    const id = await thread(author.cookie);
    const response = await shell(`/threads/${id}`, author.cookie, { 'sec-purpose': 'prefetch' });
    expect(Object.keys(answersIn(response.body))).toEqual(['/api/auth/me']);
  });

  it('keeps a name that looks like markup inside its data element', async () => {
    const member = await person('</script><script>alert(1)</script>');
    const response = await shell('/threads/abc', member.cookie);
    expect(response.body).not.toContain('<script>alert(1)');
    expect(answersIn(response.body)['/api/auth/me']).toMatchObject({
      member: { name: '</script><script>alert(1)</script>' },
    });
  });
});

describe('the ceiling on requests a minute', () => {
  it("does not count the build's assets, which a service worker fetches by the hundred", async () => {
    const remoteAddress = '198.51.100.7';
    for (let sent = 0; sent < REQUESTS_PER_MINUTE + 50; sent += 50) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.app.inject({ method: 'GET', url: '/assets/x-abc123.js', remoteAddress }),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(50).fill(200));
    }
    // The shell still counts: the address has its whole budget left for it.
    const shell = await t.app.inject({ method: 'GET', url: '/threads', remoteAddress });
    expect(shell.statusCode).toBe(200);
    expect(Number(shell.headers['x-ratelimit-remaining'])).toBe(REQUESTS_PER_MINUTE - 1);
  });
});
