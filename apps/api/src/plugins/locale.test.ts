import type { SessionResponse } from '@praxis/contracts/auth';
import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signInWith(email: string, password: string, cookie?: string) {
  const response = await t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    ...(cookie ? { cookie } : {}),
  });
  expect(response.statusCode).toBe(200);
  return sessionCookie(response);
}

const me = async (cookie: string) =>
  ((await t.request({ method: 'GET', url: '/api/auth/me', cookie })).json() as SessionResponse)
    .member;

describe('a language chosen before signing in', () => {
  it("becomes the member's own when they had none, so their e-mails follow it", async () => {
    const member = await createMember(t.database.db);
    const session = await signInWith(member.email, member.password, 'praxis_locale=bs');
    expect((await me(session)).locale).toBe('bs');
  });

  it('does not replace a language the member chose in their profile', async () => {
    const member = await createMember(t.database.db);
    const first = await signInWith(member.email, member.password);
    expect((await me(first)).locale).toBeNull();
    const chosen = await t.request({
      method: 'PUT',
      url: '/api/auth/me/locale',
      cookie: first,
      payload: { locale: 'fr' },
    });
    expect(chosen.statusCode).toBe(200);
    const again = await signInWith(member.email, member.password, 'praxis_locale=hr');
    expect((await me(again)).locale).toBe('fr');
  });

  it('is ignored when it names no language Praxis speaks', async () => {
    const member = await createMember(t.database.db);
    const session = await signInWith(member.email, member.password, 'praxis_locale=de');
    expect((await me(session)).locale).toBeNull();
  });
});

describe('answers in a language', () => {
  it('vary on what chose the language and stay out of shared caches', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/profile',
      headers: { 'accept-language': 'fr' },
    });
    expect(response.statusCode).toBe(401);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
    expect(String(response.headers.vary)).toMatch(/cookie/i);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });
});
