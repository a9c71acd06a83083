import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimitBuckets } from '@praxis/db/schema/throttle';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
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

  it('past 10 failures lets one password be checked per interval: 1 s, doubling, up to 10 s', () => {
    expect([10, 11, 12, 13, 14, 15, 40].map(slowdownMs)).toEqual([
      0, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('past 10 failures checks one of many parallel wrong passwords, refuses the rest with 429, and takes the right one after the interval', async () => {
    const member = await createMember(t.database.db);
    for (let attempt = 0; attempt <= LOGIN_LIMITS.accountSlowdownAfter; attempt += 1) {
      expect(
        (await login(member.email, 'wrong password', `192.0.2.${attempt + 1}`)).statusCode,
      ).toBe(401);
    }
    const { result: answers, ms } = await timed(() =>
      Promise.all(
        Array.from({ length: 8 }, (_, n) => login(member.email, `guess ${n}`, `192.0.2.${n + 40}`)),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([401, 429, 429, 429, 429, 429, 429, 429]);
    // Refused at once rather than kept waiting side by side.
    expect(ms).toBeLessThan(1000);
    const refused = answers.find((answer) => answer.statusCode === 429);
    expect(refused?.headers['retry-after']).toBe('1');
    expect(refused?.json().error.message).toBe(
      'Too many attempts on this account. Try again in 1 second, or use the unlock link we e-mailed.',
    );
    const tooSoon = await login(member.email, TEST_PASSWORD, '192.0.2.60');
    expect(tooSoon.statusCode).toBe(429);

    await sleep(1100);
    const right = await login(member.email, TEST_PASSWORD, '192.0.2.61');
    expect(right.statusCode).toBe(200);
    expect(right.json().member.id).toBe(member.id);
    // The success ended the slots: the next attempts are checked at once.
    const after = await Promise.all([
      login(member.email, 'one typo', '192.0.2.62'),
      login(member.email, 'another typo', '192.0.2.63'),
    ]);
    expect(after.map((answer) => answer.statusCode)).toEqual([401, 401]);
  });

  it('refuses in between the same way for an address with no account, so refusals reveal none', async () => {
    const email = 'nobody-here@example.org';
    for (let attempt = 0; attempt <= LOGIN_LIMITS.accountSlowdownAfter; attempt += 1) {
      await login(email, 'wrong password', `192.0.2.${attempt + 150}`);
    }
    const answers = await Promise.all([
      login(email, 'guess', '192.0.2.170'),
      login(email, 'guess', '192.0.2.171'),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([401, 429]);
  });

  it('a refused attempt does not count against its network', async () => {
    const member = await createMember(t.database.db);
    for (let attempt = 0; attempt <= LOGIN_LIMITS.accountSlowdownAfter; attempt += 1) {
      await login(member.email, 'wrong password', `192.0.2.${attempt + 200}`);
    }
    const network = '198.51.100.200';
    expect((await login(member.email, 'checked', network)).statusCode).toBe(401);
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAndAddress; attempt += 1) {
      expect((await login(member.email, 'refused', network)).statusCode).toBe(429);
    }
    const [bucket] = await t.database.db
      .select({ hits: rateLimitBuckets.hits })
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, `login:account-address:${member.email}:${network}`));
    expect(bucket?.hits).toBe(1);
  });
});
