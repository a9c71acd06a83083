import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSocket, openChatSocket } from '../testing/chat-client.ts';
import { createTestApp, sessionCookie, type TestApp } from '../testing/test-app.ts';
import { REQUESTS_PER_MINUTE } from './security.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Sends `count` GETs, `concurrency` at a time; resolves with how many got each status. */
async function burst(count: number, send: (index: number) => Promise<{ statusCode: number }>) {
  const statuses: Record<number, number> = {};
  for (let first = 0; first < count; first += 25) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(25, count - first) }, (_, offset) => send(first + offset)),
    );
    for (const { statusCode } of answers) statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  }
  return statuses;
}

async function signInFrom(remoteAddress: string) {
  const member = await createMember(t.database.db);
  const response = await t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: member.email, password: TEST_PASSWORD },
    remoteAddress,
  });
  expect(response.statusCode).toBe(200);
  return sessionCookie(response);
}

/** Spends the anonymous budget of `remoteAddress` for this minute (sign-ins took some). */
async function exhaustAddress(remoteAddress: string) {
  await burst(REQUESTS_PER_MINUTE, () =>
    t.request({ method: 'GET', url: '/api/setup', remoteAddress }),
  );
  const next = await t.request({ method: 'GET', url: '/api/setup', remoteAddress });
  expect(next.statusCode).toBe(429);
}

describe('the ceiling on requests a minute', () => {
  it('limits anonymous requests per address, counting an IPv6 /64 as one address', async () => {
    const statuses = await burst(REQUESTS_PER_MINUTE + 1, (index) =>
      t.request({
        method: 'GET',
        url: '/api/setup',
        remoteAddress: `2001:db8:17:1:${index.toString(16)}::1`,
      }),
    );
    expect(statuses).toEqual({ 200: REQUESTS_PER_MINUTE, 429: 1 });
    const refused = await t.request({
      method: 'GET',
      url: '/api/setup',
      remoteAddress: '2001:db8:17:1:ffff:ffff:ffff:ffff',
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many requests; try again in \d+ seconds\.$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const nextNetwork = await t.request({
      method: 'GET',
      url: '/api/setup',
      remoteAddress: '2001:db8:17:2::1',
    });
    expect(nextNetwork.statusCode).toBe(200);
  });

  it('limits signed-in requests per member, whatever address they share', async () => {
    const venue = '198.51.100.170';
    const first = await signInFrom(venue);
    const second = await signInFrom(venue);
    await exhaustAddress(venue);

    const firstMember = await burst(REQUESTS_PER_MINUTE + 1, () =>
      t.request({ method: 'GET', url: '/api/auth/me', cookie: first, remoteAddress: venue }),
    );
    expect(firstMember).toEqual({ 200: REQUESTS_PER_MINUTE, 429: 1 });
    const secondMember = await t.request({
      method: 'GET',
      url: '/api/auth/me',
      cookie: second,
      remoteAddress: venue,
    });
    expect(secondMember.statusCode).toBe(200);
  });

  it('counts a made-up session cookie as anonymous, so it buys no fresh budget', async () => {
    const remoteAddress = '198.51.100.171';
    await exhaustAddress(remoteAddress);
    const forged = await t.request({
      method: 'GET',
      url: '/api/setup',
      cookie: 'praxis_session=made-up-token',
      remoteAddress,
    });
    expect(forged.statusCode).toBe(429);
  });
});

describe('websocket upgrades from one address', () => {
  it('opens 100 sockets of 10 members behind one address whose anonymous budget is spent', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const cookies = await Promise.all(Array.from({ length: 10 }, () => signInFrom('127.0.0.1')));
    await exhaustAddress('127.0.0.1');
    expect((await fetch(`${baseUrl}/api/setup`)).status).toBe(429);
    expect(
      (await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie: cookies[0] ?? '' } })).status,
    ).toBe(200);

    const sockets: ChatSocket[] = [];
    try {
      for (let round = 0; round < 10; round += 1) {
        const opened = await Promise.all(
          cookies.map((cookie) =>
            openChatSocket(baseUrl, cookie, { origin: t.config.publicOrigin }),
          ),
        );
        sockets.push(...opened);
      }
      await Promise.all(sockets.map((socket) => socket.waitFor((f) => f.type === 'hello')));
      expect(sockets).toHaveLength(100);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});
