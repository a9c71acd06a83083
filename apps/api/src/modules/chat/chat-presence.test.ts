import { CloseCode, type ServerFrame } from '@praxis/contracts/realtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasFocusedTab } from '../../realtime/presence.repository.ts';
import { socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';

// Who is connected, over real websockets: typing, presence and hiding it, and sockets that close
// when their session ends.
const kit = socketTestApp();
const { member, connect, networkRoomId } = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
});

describe('chat between two members', () => {
  it('relays typing to others in the room, and presence as members come and go', async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const bobSocket = await connect(bob.cookie);
    bobSocket.send({ type: 'subscribe', roomId });
    await bobSocket.waitFor((frame) => frame.type === 'subscribed');
    const aliceSocket = await connect(alice.cookie);
    await bobSocket.waitFor(
      (frame) =>
        frame.type === 'presence' &&
        frame.changes.some((change) => change.memberId === alice.id && change.online),
    );
    aliceSocket.send({ type: 'subscribe', roomId });
    await aliceSocket.waitFor((frame) => frame.type === 'subscribed');
    aliceSocket.send({ type: 'typing', roomId });
    expect(
      await bobSocket.waitFor((frame) => frame.type === 'typing' && frame.memberId === alice.id),
    ).toEqual({ type: 'typing', roomId, memberId: alice.id, name: alice.name });
    aliceSocket.close();
    await bobSocket.waitFor(
      (frame) =>
        frame.type === 'presence' &&
        frame.changes.some((change) => change.memberId === alice.id && !change.online),
    );
    bobSocket.close();
  });

  it("closes a member's sockets when they sign out", async () => {
    const alice = await member();
    const socket = await connect(alice.cookie);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: alice.cookie,
    });
    expect(response.statusCode).toBeLessThan(300);
    expect((await socket.closed).code).toBe(CloseCode.sessionEnded);
  });
});

describe('members who do not show when they are online', () => {
  const showOnline = async (cookie: string, shown: boolean) => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/profile',
      cookie,
      payload: { showOnline: shown },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().showOnline).toBe(shown);
  };
  const presenceOf = (memberId: string) => (frame: ServerFrame) =>
    frame.type === 'presence' && frame.changes.some((change) => change.memberId === memberId);
  /** Whether the frame says the member is online (undefined: it says nothing of them). */
  const onlineIn = (frame: ServerFrame, memberId: string) =>
    frame.type === 'presence'
      ? frame.changes.find((change) => change.memberId === memberId)?.online
      : undefined;

  /** Alice hides her presence and connects; Bob watches; Carol comes online after Alice. */
  async function hiddenAliceWatchedByBob() {
    const alice = await member();
    const bob = await member();
    const carol = await member();
    await showOnline(alice.cookie, false);
    const bobSocket = await connect(bob.cookie);
    const aliceSocket = await connect(alice.cookie);
    // Once Bob hears of Carol, he would have heard of Alice.
    const carolSocket = await connect(carol.cookie);
    await bobSocket.waitFor(presenceOf(carol.id));
    return { alice, bob, carol, aliceSocket, bobSocket, carolSocket };
  }

  it('stays offline to others while connected, and appears or disappears as the setting changes', async () => {
    const { alice, bob, carol, aliceSocket, bobSocket, carolSocket } =
      await hiddenAliceWatchedByBob();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Her hiding herself may reach Bob as "offline" (changes gather for a moment), never "online".
    expect(bobSocket.frames.some((frame) => onlineIn(frame, alice.id) === true)).toBe(false);
    const later = await connect(bob.cookie);
    const hello = later.frames.find((frame) => frame.type === 'hello');
    expect(hello?.type === 'hello' && hello.online).toContain(carol.id);
    expect(hello?.type === 'hello' && hello.online).not.toContain(alice.id);

    const shownFrom = bobSocket.frames.length;
    await showOnline(alice.cookie, true);
    expect(
      onlineIn(await bobSocket.waitFor(presenceOf(alice.id), { from: shownFrom }), alice.id),
    ).toBe(true);
    const from = bobSocket.frames.length;
    await showOnline(alice.cookie, false);
    expect(onlineIn(await bobSocket.waitFor(presenceOf(alice.id), { from }), alice.id)).toBe(false);
    for (const socket of [aliceSocket, bobSocket, carolSocket, later]) socket.close();
  });

  it('never tells others when a hidden member saves their profile again or leaves', async () => {
    const { alice, carol, aliceSocket, bobSocket, carolSocket } = await hiddenAliceWatchedByBob();
    const from = bobSocket.frames.length;

    await showOnline(alice.cookie, false);
    aliceSocket.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Carol leaves after Alice: once Bob hears Carol go, he would have heard Alice go.
    carolSocket.close();
    expect(onlineIn(await bobSocket.waitFor(presenceOf(carol.id), { from }), carol.id)).toBe(false);
    expect(bobSocket.frames.slice(from).some(presenceOf(alice.id))).toBe(false);
    bobSocket.close();
  });

  it('refuses a setting that is not true or false, changing nothing', async () => {
    const alice = await member();
    const response = await t.request({
      method: 'PATCH',
      url: '/api/profile',
      cookie: alice.cookie,
      payload: { showOnline: 'no' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/showOnline is true or false/);
    const profile = await t.request({ method: 'GET', url: '/api/profile', cookie: alice.cookie });
    expect(profile.json().showOnline).toBe(true);
  });
});

describe('sessions replaced while connected', () => {
  it('closes the socket of a session that signing in again replaced', async () => {
    const alice = await member();
    const socket = await connect(alice.cookie);
    const again = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      cookie: alice.cookie,
      payload: { email: alice.email, password: alice.password },
    });
    expect(again.statusCode).toBe(200);
    expect((await socket.closed).code).toBe(CloseCode.sessionEnded);
  });
});

describe('a direct message to a member with Praxis open', () => {
  /** Bob's direct message notifications, by excerpt. */
  async function toldBob(cookie: string) {
    const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
    return (response.json().notifications as { kind: string; detail: { excerpt?: string } }[])
      .filter((notification) => notification.kind === 'direct_message')
      .map((notification) => notification.detail.excerpt);
  }

  it('is notified while their tab is in the background, and not while it has the focus', async () => {
    const alice = await member();
    const bob = await member();
    const opened = await t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: alice.cookie,
      payload: { memberIds: [bob.id] },
    });
    const roomId = opened.json().id as string;
    const bobTab = await connect(bob.cookie);
    const aliceTab = await connect(alice.cookie);
    const say = async (body: string) => {
      const clientId = crypto.randomUUID();
      aliceTab.send({ type: 'send', roomId, clientId, body });
      await aliceTab.waitFor((frame) => frame.type === 'ack' && frame.clientId === clientId);
    };

    bobTab.send({ type: 'focus', focused: true });
    await expect.poll(() => hasFocusedTab(t.app.db, bob.id)).toBe(true);
    await say('Looking at it now?');
    await expect.poll(() => toldBob(bob.cookie)).toEqual([]);

    bobTab.send({ type: 'focus', focused: false });
    await expect.poll(() => hasFocusedTab(t.app.db, bob.id)).toBe(false);
    await say('Then I will wait.');
    await expect.poll(() => toldBob(bob.cookie)).toEqual(['Then I will wait.']);
    bobTab.close();
    aliceTab.close();
  });
});
