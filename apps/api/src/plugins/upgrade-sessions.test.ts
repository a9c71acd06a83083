import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { sessions } from '@praxis/db/schema/auth';
import { members } from '@praxis/db/schema/members';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openChatSocket, UpgradeRefused } from '../testing/chat-client.ts';
import { socketTestApp } from '../testing/chat-sockets.ts';
import type { TestApp } from '../testing/test-app.ts';
import { UpgradeSessionAdapter } from './session-adapter.ts';

// Websocket upgrades look their sessions up together when they arrive together (a reconnect
// storm): each must still be answered with its own session, and an ended one refused.
const kit = socketTestApp();
let t: TestApp;
let baseUrl: string;
beforeAll(() => {
  t = kit.t;
  baseUrl = kit.baseUrl;
});

const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1);

async function endedCookie() {
  const { cookie } = await kit.member();
  const response = await t.request({ method: 'POST', url: '/api/auth/logout', cookie });
  expect(response.statusCode).toBe(204);
  return cookie;
}

describe('the sessions of websocket upgrades', () => {
  it('answers each of the lookups asked for at once with its own session, the same one twice alike, and none for an ended or unknown one', async () => {
    const adapter = new UpgradeSessionAdapter(
      t.app.db,
      new DrizzlePostgreSQLAdapter(t.app.db, sessions, members),
    );
    const [alice, bob] = await Promise.all([kit.member(), kit.member()]);
    if (!alice || !bob) throw new Error('no members');
    const ended = await endedCookie();
    const tokens = [alice, bob, alice].map(({ cookie }) => tokenOf(cookie));
    const answers = await Promise.all(
      [...tokens, tokenOf(ended), 'nobody-has-this-token'].map((token) =>
        adapter.getSessionAndUser(token),
      ),
    );
    expect(answers.map(([session, user]) => [session?.id ?? null, user?.id ?? null])).toEqual([
      [tokens[0], alice.id],
      [tokens[1], bob.id],
      [tokens[2], alice.id],
      [null, null],
      [null, null],
    ]);
    expect(answers[1]?.[1]?.attributes).toMatchObject({ email: bob.email, role: 'member' });
  });

  it('looks the sessions of open sockets up as it does upgrades', async () => {
    const people = await Promise.all([1, 2, 3].map(() => kit.member()));
    const ended = await endedCookie();
    const cookies = [...people.map(({ cookie }) => cookie), ended, people[0]?.cookie ?? ''];
    const lookups = vi.spyOn(UpgradeSessionAdapter.prototype, 'getSessionAndUser');
    let calls = 0;
    const members = await Promise.all(
      cookies.map((cookie) => t.app.sessions.memberFor(tokenOf(cookie))),
    ).finally(() => {
      calls = lookups.mock.calls.length;
      lookups.mockRestore();
    });
    expect(calls).toBe(cookies.length);
    expect(members.map((member) => member?.id ?? null)).toEqual([
      ...people.map(({ id }) => id),
      null,
      people[0]?.id,
    ]);
  });

  it('greets each of many tabs opening at once as its own member, and refuses an ended session among them with 401', async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => kit.member()));
    const ended = await endedCookie();
    const tabs = [...people, ...people];
    const opening = [...tabs.map(({ cookie }) => cookie), ended].map((cookie) =>
      openChatSocket(baseUrl, cookie, { origin: t.config.publicOrigin }),
    );
    const opened = await Promise.allSettled(opening);
    const refused = opened.at(-1);
    expect(refused).toEqual({ status: 'rejected', reason: new UpgradeRefused(401) });
    const sockets = opened.slice(0, -1).map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    try {
      const hellos = await Promise.all(
        sockets.map((socket) => socket.waitFor((frame) => frame.type === 'hello')),
      );
      expect(hellos.map((hello) => hello.type === 'hello' && hello.memberId)).toEqual(
        tabs.map(({ id }) => id),
      );
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});
