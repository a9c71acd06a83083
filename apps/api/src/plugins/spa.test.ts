import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { REQUESTS_PER_MINUTE } from './security.ts';
import { preferredEncoding } from './spa.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;
const SHELL =
  '<!doctype html><html lang="en"><head><script type="module" src="/assets/x-abc123.js"></script></head><body><div id="root"></div></body></html>';

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
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-encoding']).toBe('br');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
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

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(preferredEncoding('gzip, br')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
