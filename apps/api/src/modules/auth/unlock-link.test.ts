import { loginUnlocks, passwordResets } from '@praxis/db/schema/auth';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { LOGIN_LIMITS } from './sign-in.service.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Praxis <praxis@praxis.test>' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const LINK_GONE =
  'This unlock link has expired or was already used. Sign in with your password, or reset it from the sign-in page.';

function login(email: string, password: string, remoteAddress: string) {
  return t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });
}

const unlock = (token: string) =>
  t.request({ method: 'POST', url: '/api/auth/unlock', payload: { token } });
const preview = (token: string) =>
  t.request({ method: 'GET', url: `/api/auth/unlock?token=${token}` });

/** An open unlock link for the member, as the job would have e-mailed it. */
async function openLink(memberId: string): Promise<string> {
  const { token, tokenHash } = newToken();
  await t.database.db.insert(loginUnlocks).values({
    memberId,
    tokenHash,
    expiresAt: sql`now() + interval '1 hour'`,
  });
  return token;
}

describe('POST /api/auth/unlock', () => {
  it('e-mails one link at the 11th failure; it signs the member in while other attempts are refused', async () => {
    const member = await createMember(t.database.db);
    for (let attempt = 0; attempt <= LOGIN_LIMITS.accountSlowdownAfter; attempt += 1) {
      expect(
        (await login(member.email, 'wrong password', `192.0.2.${attempt + 1}`)).statusCode,
      ).toBe(401);
    }
    const before = smtp.received.length;
    await t.app.jobs.kick();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.to).toEqual([member.email]);
    expect(mail?.raw).toContain('Subject: Unlock and sign in to Praxis');
    const token = mail?.text.match(/http:\/\/praxis\.test\/unlock\?token=([\w-]+)/)?.[1];
    if (!token) throw new Error('no unlock link in the e-mail');
    const [stored] = await t.database.db
      .select()
      .from(loginUnlocks)
      .where(eq(loginUnlocks.memberId, member.id));
    expect(stored?.tokenHash).toBe(hashToken(token));

    expect((await login(member.email, 'wrong again', '192.0.2.100')).statusCode).toBe(401);
    expect((await login(member.email, TEST_PASSWORD, '192.0.2.100')).statusCode).toBe(429);

    const unlocked = await unlock(token);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().member.id).toBe(member.id);
    const me = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: sessionCookie(unlocked),
    });
    expect(me.json().member.email).toBe(member.email);

    // The link ended the slots too: the password is checked at once again.
    expect((await login(member.email, TEST_PASSWORD, '192.0.2.102')).statusCode).toBe(200);
    await t.app.jobs.kick();
    expect(smtp.received).toHaveLength(before + 1);
  });

  it('answers a used or expired unlock link with 400 and signs no one in', async () => {
    const member = await createMember(t.database.db);
    const token = await openLink(member.id);
    expect((await unlock(token)).statusCode).toBe(200);
    const again = await unlock(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe(LINK_GONE);
    expect(again.headers['set-cookie']).toBeUndefined();

    const { token: late, tokenHash } = newToken();
    await t.database.db.insert(loginUnlocks).values({
      memberId: member.id,
      tokenHash,
      expiresAt: sql`now() - interval '1 minute'`,
    });
    expect((await unlock(late)).statusCode).toBe(400);
  });

  it('no longer signs in once the member changed the password', async () => {
    const member = await createMember(t.database.db);
    const token = await openLink(member.id);
    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/password',
      cookie,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(changed.statusCode).toBe(200);
    const refused = await unlock(token);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(LINK_GONE);
  });

  it('no longer signs in once the member reset the password', async () => {
    const member = await createMember(t.database.db);
    const token = await openLink(member.id);
    const { token: reset, tokenHash } = newToken();
    await t.database.db.insert(passwordResets).values({
      memberId: member.id,
      tokenHash,
      expiresAt: sql`now() + interval '1 hour'`,
    });
    const confirmed = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: reset, password: 'a fresh start 2026' },
    });
    expect(confirmed.statusCode).toBe(204);
    expect((await unlock(token)).statusCode).toBe(400);
    expect((await preview(token)).statusCode).toBe(400);
  });
});

describe('GET /api/auth/unlock', () => {
  it('names the account an open link signs in to, without using the link', async () => {
    const member = await createMember(t.database.db);
    const token = await openLink(member.id);
    const first = await preview(token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ email: member.email });
    expect(first.headers['set-cookie']).toBeUndefined();
    expect((await preview(token)).json()).toEqual({ email: member.email });
    expect((await unlock(token)).json().member.id).toBe(member.id);
  });

  it('answers a used link with the same 400 as using it, and a mistyped one with 400', async () => {
    const member = await createMember(t.database.db);
    const token = await openLink(member.id);
    await unlock(token);
    const used = await preview(token);
    expect(used.statusCode).toBe(400);
    expect(used.json().error.message).toBe(LINK_GONE);
    const mistyped = await preview('short');
    expect(mistyped.statusCode).toBe(400);
    expect(mistyped.json().error.message).toMatch(/mistyped; open it again from the e-mail/);
  });
});
