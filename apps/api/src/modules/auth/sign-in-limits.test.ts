import { loginUnlocks } from '@praxis/db/schema/auth';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, sessionCookie, type TestApp } from '../../testing/test-app.ts';
import { hashToken } from '../../tokens.ts';
import { LOGIN_LIMITS, slowdownMs } from './sign-in.service.ts';

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

function login(email: string, password: string, remoteAddress: string) {
  return t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('POST /api/auth/login limits per address', () => {
  it('lets 100 different members sign in from one address: successes never count against it', async () => {
    const room = '203.0.113.70';
    const members = await Promise.all(
      Array.from({ length: 100 }, () => createMember(t.database.db)),
    );
    const statuses: number[] = [];
    // Ten at a time, as people in one room press "Sign in" at nearly the same moment.
    for (let first = 0; first < members.length; first += 10) {
      const batch = members.slice(first, first + 10);
      const answers = await Promise.all(batch.map((m) => login(m.email, TEST_PASSWORD, room)));
      statuses.push(...answers.map((answer) => answer.statusCode));
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(100);
    const typo = await login(members[0]?.email ?? '', 'a typo', room);
    expect(typo.statusCode).toBe(401);
  });

  it('refuses an address after 30 failed attempts across accounts, counting IPv6 per /64', async () => {
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAddress; attempt += 1) {
      const response = await login(
        `someone${attempt}@example.org`,
        'wrong password',
        `2001:db8:70:1::${(attempt + 1).toString(16)}`,
      );
      expect(response.statusCode).toBe(401);
    }
    const sameNetwork = await login('another@example.org', 'wrong', '2001:db8:70:1:ffff::9');
    expect(sameNetwork.statusCode).toBe(429);
    expect(Number(sameNetwork.headers['retry-after'])).toBeGreaterThan(0);
    expect(sameNetwork.json().error.message).toMatch(
      /^Too many failed sign-in attempts from your network\. Try again in \d+ minutes\.$/,
    );
    const nextNetwork = await login('another@example.org', 'wrong', '2001:db8:70:2::1');
    expect(nextNetwork.statusCode).toBe(401);
  });

  it('behind a proxy, counts the address the proxy saw, whatever the client wrote before it', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: '1' }, { sharing: t.database });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= LOGIN_LIMITS.perAddress; attempt += 1) {
        const response = await proxied.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: `proxied${attempt}@example.org`, password: 'wrong password' },
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': `198.51.100.${attempt}, 203.0.113.10` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await proxied.close();
    }
  });
});

describe('POST /api/auth/login limits per account', () => {
  it('after 10 wrong passwords from address A, refuses A but signs in with the right password from B', async () => {
    const member = await createMember(t.database.db);
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAndAddress; attempt += 1) {
      expect((await login(member.email, 'wrong password', '198.51.100.10')).statusCode).toBe(401);
    }
    const fromA = await login(member.email, TEST_PASSWORD, '198.51.100.10');
    expect(fromA.statusCode).toBe(429);
    expect(fromA.json().error.message).toMatch(
      /^Too many failed sign-in attempts for this account from your network\. Try again in/,
    );
    const fromB = await login(member.email, TEST_PASSWORD, '198.51.100.11');
    expect(fromB.statusCode).toBe(200);
    expect(fromB.json().member.id).toBe(member.id);
  });

  it('slows attempts down 1 s, doubling, up to 10 s, past 10 failures from anywhere', () => {
    expect([10, 11, 12, 13, 14, 15, 40].map(slowdownMs)).toEqual([
      0, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('past 10 failures slows every attempt without refusing it, and e-mails one "unlock and sign in" link', async () => {
    const member = await createMember(t.database.db);
    const failures = LOGIN_LIMITS.accountSlowdownAfter + 1;
    for (let attempt = 0; attempt < failures; attempt += 1) {
      const { result, ms } = await timed(() =>
        login(member.email, 'wrong password', `192.0.2.${attempt + 1}`),
      );
      expect(result.statusCode).toBe(401);
      expect(ms).toBeLessThan(1000);
    }
    const before = smtp.received.length;
    await t.app.jobs.kick();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.to).toEqual([member.email]);
    expect(mail?.raw).toContain('Subject: Unlock and sign in to Praxis');
    const token = mail?.text.match(/http:\/\/praxis\.test\/unlock\?token=([\w-]+)/)?.[1];
    if (!token) throw new Error('no unlock link in the e-mail');

    const slowed = await timed(() => login(member.email, 'wrong again', '192.0.2.100'));
    expect(slowed.result.statusCode).toBe(401);
    expect(slowed.ms).toBeGreaterThanOrEqual(1000);
    const [stored] = await t.database.db
      .select()
      .from(loginUnlocks)
      .where(eq(loginUnlocks.memberId, member.id));
    expect(stored?.tokenHash).toBe(hashToken(token));

    const unlocked = await t.request({
      method: 'POST',
      url: '/api/auth/unlock',
      payload: { token },
      remoteAddress: '192.0.2.101',
    });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().member.id).toBe(member.id);
    const me = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: sessionCookie(unlocked),
    });
    expect(me.json().member.email).toBe(member.email);

    const afterUnlock = await timed(() => login(member.email, TEST_PASSWORD, '192.0.2.102'));
    expect(afterUnlock.result.statusCode).toBe(200);
    expect(afterUnlock.ms).toBeLessThan(1000);
    await t.app.jobs.kick();
    expect(smtp.received).toHaveLength(before + 1);
  });

  it('answers a used or expired unlock link with 400 and signs no one in', async () => {
    const member = await createMember(t.database.db);
    for (let attempt = 0; attempt <= LOGIN_LIMITS.accountSlowdownAfter; attempt += 1) {
      await login(member.email, 'wrong password', `192.0.2.${attempt + 120}`);
    }
    const before = smtp.received.length;
    await t.app.jobs.kick();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const token = mail?.text.match(/unlock\?token=([\w-]+)/)?.[1] ?? '';
    const unlock = () => t.request({ method: 'POST', url: '/api/auth/unlock', payload: { token } });
    expect((await unlock()).statusCode).toBe(200);
    const again = await unlock();
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe(
      'This unlock link has expired or was already used. Sign in with your password, or reset it from the sign-in page.',
    );
    expect(again.headers['set-cookie']).toBeUndefined();

    const late = 'l'.repeat(43);
    await t.database.db.insert(loginUnlocks).values({
      memberId: member.id,
      tokenHash: hashToken(late),
      expiresAt: sql`now() - interval '1 minute'`,
    });
    const expired = await t.request({
      method: 'POST',
      url: '/api/auth/unlock',
      payload: { token: late },
    });
    expect(expired.statusCode).toBe(400);
  });
});
