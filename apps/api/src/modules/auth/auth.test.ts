import { createHash } from 'node:crypto';
import { sessions } from '@praxis/db/schema/auth';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const tokenOf = (cookie: string) => cookie.split('=')[1] ?? '';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** The member a session cookie signs in, or null when it signs no one in. */
const signedInAs = async (cookie: string) => {
  const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
  expect(response.statusCode).toBe(200);
  return (response.json() as { member: { id: string } | null }).member;
};

describe('POST /api/auth/login', () => {
  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const member = await createMember(t.database.db);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      member: {
        id: member.id,
        email: member.email,
        name: member.name,
        role: 'member',
        locale: null,
      },
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^praxis_session=\w+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(cookie).not.toContain('Domain=');
  });

  it('over https names the cookie __Host-praxis_session: Secure, Path=/ and no Domain', async () => {
    const https = await createTestApp({ PUBLIC_ORIGIN: 'https://praxis.test' });
    try {
      const member = await createMember(https.database.db);
      const response = await https.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: member.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-praxis_session=\w+;/);
      expect(cookie).toContain('; Secure');
      expect(cookie).toContain('Path=/;');
      expect(cookie).not.toContain('Domain=');
      const me = await https.request({
        method: 'GET',
        url: '/api/auth/me',
        cookie: sessionCookie(response),
      });
      expect(me.json().member.id).toBe(member.id);
      const document = (await https.request({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(document.components.securitySchemes.session.name).toBe('__Host-praxis_session');
      const plainName = await https.request({
        method: 'GET',
        url: '/api/auth/me',
        cookie: sessionCookie(response).replace('__Host-', ''),
      });
      expect(plainName.json()).toEqual({ member: null });
    } finally {
      await https.close();
    }
  });

  it('stores only the SHA-256 of the session token, never the token', async () => {
    const member = await createMember(t.database.db);
    const token = tokenOf(await t.signIn(member.email, TEST_PASSWORD));
    const stored = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, member.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(sha256(token));
    expect(stored[0]?.id).not.toBe(token);
  });

  it('answers a wrong password and an unknown e-mail with the same 401 message', async () => {
    const member = await createMember(t.database.db);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: 'not the password' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated member with 403 and a message saying why', async () => {
    const member = await createMember(t.database.db, { deactivated: true });
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/deactivated/);
  });

  it('returns 400 with a message per field for a malformed body', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email', password: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'invalid',
      fields: { email: expect.stringMatching(/valid e-mail/), password: expect.any(String) },
    });
  });
});

describe('GET /api/auth/me', () => {
  it('answers 200 with no member without a session, so a signed-out page logs no error', async () => {
    const response = await t.request({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ member: null });
  });

  it('returns the member and nothing more (no password hash)', async () => {
    const member = await createMember(t.database.db, { role: 'organiser' });
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().member).sort()).toEqual([
      'email',
      'id',
      'locale',
      'name',
      'role',
    ]);
    expect(response.body).not.toContain('argon2');
  });

  it('renews the session when half of its 30 days are spent (sliding expiry)', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const id = sha256(tokenOf(cookie));
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + 10 * 24 * 3600 * 1000) })
      .where(eq(sessions.id, id));
    const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toContain('Max-Age=2592000');
    const [renewed] = await t.database.db.select().from(sessions).where(eq(sessions.id, id));
    expect(renewed?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it('ends a session 90 days after sign-in however active it was', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    await t.database.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '91 days'` })
      .where(eq(sessions.id, sha256(tokenOf(cookie))));
    const response = await t.request({ method: 'GET', url: '/api/auth/me', cookie });
    expect(response.json()).toEqual({ member: null });
    expect(String(response.headers['set-cookie'])).toContain('Max-Age=0');
  });

  it('ends the session of a member who has been deactivated', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    await t.database.db.execute(
      sql`update members set deactivated_at = now() where id = ${member.id}`,
    );
    expect(await signedInAs(cookie)).toBeNull();
  });
});

describe('POST /api/auth/logout and /api/auth/logout-everywhere', () => {
  it('signs this browser out and clears the cookie', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const response = await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toContain('Max-Age=0');
    expect(await signedInAs(cookie)).toBeNull();
  });

  it('signs out every device of the member and no one else', async () => {
    const member = await createMember(t.database.db);
    const other = await createMember(t.database.db);
    const laptop = await t.signIn(member.email, TEST_PASSWORD);
    const phone = await t.signIn(member.email, TEST_PASSWORD);
    const otherCookie = await t.signIn(other.email, TEST_PASSWORD);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      cookie: laptop,
    });
    expect(response.statusCode).toBe(204);
    expect(await signedInAs(phone)).toBeNull();
    expect(await signedInAs(laptop)).toBeNull();
    expect((await signedInAs(otherCookie))?.id).toBe(other.id);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, ends every other session and keeps this browser signed in', async () => {
    const member = await createMember(t.database.db);
    const here = await t.signIn(member.email, TEST_PASSWORD);
    const elsewhere = await t.signIn(member.email, TEST_PASSWORD);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie: here,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(response.statusCode).toBe(200);
    const renewed = sessionCookie(response);
    expect(await signedInAs(elsewhere)).toBeNull();
    expect(await signedInAs(here)).toBeNull();
    expect((await signedInAs(renewed))?.id).toBe(member.id);
    await expect(t.signIn(member.email, 'a brand new passphrase')).resolves.toMatch(
      /^praxis_session=/,
    );
  });

  it('refuses a wrong current password with a field error and changes nothing', async () => {
    const member = await createMember(t.database.db);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('currentPassword');
    expect((await signedInAs(cookie))?.id).toBe(member.id);
  });

  it('refuses a new password that is too short or contains the name', async () => {
    const member = await createMember(t.database.db, { name: 'Selma Begić' });
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const short = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.newPassword).toMatch(/at least 10/);
    const named = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'selma-loves-2024' },
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.fields.newPassword).toMatch(/name/);
  });

  it('requires a session', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(response.statusCode).toBe(401);
  });
});
