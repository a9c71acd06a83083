import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = { email: 'someone@example.org', password: 'whatever it is' };

describe('Origin check on state-changing requests', () => {
  it('refuses a POST from a foreign origin with 403 and an explanation', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: login,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/did not come from the Praxis site/),
    });
  });

  it('refuses a POST with no Origin at all', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
    expect(response.statusCode).toBe(403);
  });

  it('lets GET requests through without an Origin', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(response.statusCode).toBe(200);
  });
});

describe('bad input never yields a 500', () => {
  it('answers malformed JSON with 400', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.org", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'invalid',
      message: 'The request body is not valid JSON.',
    });
  });

  it('answers a body over the size limit with 413', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { ...login, password: 'x'.repeat(200 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('answers a wrong type, a missing body and an unknown content type with 4xx', async () => {
    const wrongType = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 42, password: [] },
    });
    expect(wrongType.statusCode).toBe(400);
    const empty = await t.request({ method: 'POST', url: '/api/auth/login' });
    expect(empty.statusCode).toBe(400);
    const xml = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(xml.statusCode).toBeGreaterThanOrEqual(400);
    expect(xml.statusCode).toBeLessThan(500);
  });

  it('answers an unknown API route with 404 in the error shape', async () => {
    const response = await t.request({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({
      code: 'not_found',
      message: 'There is nothing at GET /api/no-such-thing.',
    });
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy that allows only same-origin scripts', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('publishes the API description generated from the contracts', async () => {
    const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(
      document.paths['/api/auth/login'].post.requestBody.content['application/json'].schema
        .properties,
    ).toHaveProperty('email');
  });

  it('sends the same version again only to a client that does not hold it', async () => {
    const first = await t.request({ method: 'GET', url: '/api/openapi.json' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.request({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await t.request({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'if-none-match': '"an-older-version"' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.json()).toEqual(first.json());
  });

  it('sends the document compressed to a client that accepts it', async () => {
    const plain = await t.request({ method: 'GET', url: '/api/openapi.json' });
    const gzipped = await t.request({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
  });

  it('serves the docs page', async () => {
    const response = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
