import { CloseCode, type ServerFrame } from '@praxis/contracts/chat';
import { messages } from '@praxis/db/schema/chat';
import { createCohort, createMember } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChatSocket, UpgradeRefused } from '../../testing/chat-client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  baseUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(() => t.close());

async function member() {
  const created = await createMember(t.database.db);
  return { ...created, cookie: await t.signIn(created.email, created.password) };
}

async function roomsOf(cookie: string) {
  const response = await t.request({ method: 'GET', url: '/api/rooms', cookie });
  return response.json().rooms as { id: string; kind: string; cohortId: string | null }[];
}

/** A signed-in member's socket, past its hello. */
async function connect(cookie: string) {
  const socket = await openChatSocket(baseUrl, cookie, { origin: t.config.publicOrigin });
  await socket.waitFor((frame) => frame.type === 'hello');
  return socket;
}

async function networkRoomId(cookie: string) {
  const network = (await roomsOf(cookie)).find((room) => room.kind === 'network');
  if (!network) throw new Error('no network room');
  return network.id;
}

const isError = (frame: ServerFrame): frame is Extract<ServerFrame, { type: 'error' }> =>
  frame.type === 'error';

describe('GET /api/ws (upgrade)', () => {
  it('refuses a connection without a session with 401', async () => {
    await expect(openChatSocket(baseUrl, '', { origin: t.config.publicOrigin })).rejects.toEqual(
      new UpgradeRefused(401),
    );
  });

  it('refuses a signed-in connection from a foreign Origin with 403, and one with no Origin', async () => {
    const { cookie } = await member();
    await expect(
      openChatSocket(baseUrl, cookie, { origin: 'https://evil.example' }),
    ).rejects.toEqual(new UpgradeRefused(403));
    await expect(openChatSocket(baseUrl, cookie, { origin: '' })).rejects.toEqual(
      new UpgradeRefused(403),
    );
  });

  it('tells a tab built for another protocol version to reload', async () => {
    const { cookie } = await member();
    const socket = await openChatSocket(baseUrl, cookie, {
      origin: t.config.publicOrigin,
      version: '0',
    });
    expect((await socket.closed).code).toBe(CloseCode.outdated);
  });

  it('greets with the protocol version and who is online, the member included', async () => {
    const alice = await member();
    const socket = await openChatSocket(baseUrl, alice.cookie, { origin: t.config.publicOrigin });
    const hello = await socket.waitFor((frame) => frame.type === 'hello');
    expect(hello).toMatchObject({ protocol: 1, memberId: alice.id });
    expect(hello.type === 'hello' && hello.online).toContain(alice.id);
    socket.close();
  });
});

describe('chat frames', () => {
  it('answers malformed JSON, an unknown frame and an invalid one with error frames and stays usable', async () => {
    const { cookie } = await member();
    const roomId = await networkRoomId(cookie);
    const socket = await connect(cookie);
    socket.send('{not json');
    expect(await socket.waitFor(isError)).toMatchObject({ code: 'malformed' });
    socket.send({ type: 'shout', roomId });
    const unknown = await socket.waitFor(isError, { from: socket.frames.length });
    expect(unknown).toMatchObject({ code: 'malformed', ref: roomId });
    expect(unknown.message).toContain('subscribe');
    socket.send({ type: 'subscribe', roomId: 'not-a-uuid' });
    expect(await socket.waitFor(isError, { from: socket.frames.length })).toMatchObject({
      code: 'invalid',
      message: 'Not a room id.',
    });
    socket.send({ type: 'ping' });
    await socket.waitFor((frame) => frame.type === 'pong');
    socket.send({ type: 'subscribe', roomId });
    await socket.waitFor((frame) => frame.type === 'subscribed');
    socket.close();
  });

  it('refuses a body over 4 KB and stores nothing', async () => {
    const alice = await member();
    const roomId = await networkRoomId(alice.cookie);
    const socket = await connect(alice.cookie);
    socket.send({ type: 'send', roomId, clientId: 'too-long-1', body: 'é'.repeat(2049) });
    const refused = await socket.waitFor(isError);
    expect(refused).toMatchObject({ code: 'invalid', ref: 'too-long-1' });
    expect(refused.message).toContain('4 KB');
    const stored = await t.database.db
      .select()
      .from(messages)
      .where(eq(messages.authorId, alice.id));
    expect(stored).toEqual([]);
    socket.close();
  });

  it('refuses sends past 20 in 10 seconds, storing only the first 20', async () => {
    const alice = await member();
    const roomId = await networkRoomId(alice.cookie);
    const socket = await connect(alice.cookie);
    for (let index = 0; index < 25; index += 1) {
      socket.send({ type: 'send', roomId, clientId: `flood-${index}-xyz`, body: `flood ${index}` });
    }
    await socket.waitFor((frame) => frame.type === 'ack' && frame.clientId === 'flood-19-xyz');
    const refusals = socket.frames.filter(isError);
    expect(refusals.map((frame) => frame.ref)).toEqual(
      [20, 21, 22, 23, 24].map((index) => `flood-${index}-xyz`),
    );
    expect(refusals.every((frame) => frame.code === 'rate_limited')).toBe(true);
    const stored = await t.database.db
      .select()
      .from(messages)
      .where(eq(messages.authorId, alice.id));
    expect(stored).toHaveLength(20);
    socket.close();
  });

  it('refuses subscribing, typing and sending to a cohort room of a cohort the member is not in', async () => {
    const insider = await member();
    const outsider = await member();
    const cohort = await createCohort(t.database.db, { memberIds: [insider.id] });
    const room = (await roomsOf(insider.cookie)).find((each) => each.cohortId === cohort.id);
    if (!room) throw new Error('no cohort room');
    expect((await roomsOf(outsider.cookie)).map((each) => each.id)).not.toContain(room.id);

    const socket = await connect(outsider.cookie);
    socket.send({ type: 'subscribe', roomId: room.id });
    expect(await socket.waitFor(isError)).toMatchObject({ code: 'forbidden', ref: room.id });
    socket.send({ type: 'send', roomId: room.id, clientId: 'sneaky-send-1', body: 'hello?' });
    expect(
      await socket.waitFor((frame) => isError(frame) && frame.ref === 'sneaky-send-1'),
    ).toMatchObject({ code: 'forbidden' });
    socket.send({ type: 'typing', roomId: room.id });
    socket.send({ type: 'read', roomId: room.id, seq: 1 });
    await socket.waitFor((frame) => isError(frame) && frame.message.includes('Subscribe'));
    const stored = await t.database.db.select().from(messages).where(eq(messages.roomId, room.id));
    expect(stored).toEqual([]);
    socket.close();
  });
});

describe('chat between two members', () => {
  it('acks a send, delivers it to both, and stores a retried send with the same clientId once', async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const aliceSocket = await connect(alice.cookie);
    const bobSocket = await connect(bob.cookie);
    for (const socket of [aliceSocket, bobSocket]) {
      socket.send({ type: 'subscribe', roomId });
      await socket.waitFor((frame) => frame.type === 'subscribed');
    }
    aliceSocket.send({ type: 'send', roomId, clientId: 'hello-bob-1', body: 'Hello **Bob**' });
    const ack = await aliceSocket.waitFor((frame) => frame.type === 'ack');
    const received = await bobSocket.waitFor(
      (frame) => frame.type === 'message' && frame.message.clientId === 'hello-bob-1',
    );
    expect(received.type === 'message' && received.message).toMatchObject({
      body: 'Hello **Bob**',
      html: '<p>Hello <strong>Bob</strong></p>',
      clientId: 'hello-bob-1',
      author: { id: alice.id },
    });
    expect(ack).toMatchObject({ seq: received.type === 'message' ? received.message.seq : -1 });

    const from = aliceSocket.frames.length;
    aliceSocket.send({ type: 'send', roomId, clientId: 'hello-bob-1', body: 'Hello **Bob**' });
    expect(await aliceSocket.waitFor((frame) => frame.type === 'ack', { from })).toEqual(ack);
    const stored = await t.database.db
      .select()
      .from(messages)
      .where(eq(messages.authorId, alice.id));
    expect(stored).toHaveLength(1);
    aliceSocket.close();
    bobSocket.close();
  });

  it('relays typing to others in the room, and presence as members come and go', async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const bobSocket = await connect(bob.cookie);
    bobSocket.send({ type: 'subscribe', roomId });
    await bobSocket.waitFor((frame) => frame.type === 'subscribed');
    const aliceSocket = await connect(alice.cookie);
    await bobSocket.waitFor(
      (frame) => frame.type === 'presence' && frame.memberId === alice.id && frame.online,
    );
    aliceSocket.send({ type: 'subscribe', roomId });
    await aliceSocket.waitFor((frame) => frame.type === 'subscribed');
    aliceSocket.send({ type: 'typing', roomId });
    expect(
      await bobSocket.waitFor((frame) => frame.type === 'typing' && frame.memberId === alice.id),
    ).toEqual({ type: 'typing', roomId, memberId: alice.id });
    aliceSocket.close();
    await bobSocket.waitFor(
      (frame) => frame.type === 'presence' && frame.memberId === alice.id && !frame.online,
    );
    bobSocket.close();
  });

  it("moves the read marker, tells the member's other tabs, and counts unread in the room list", async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const aliceSocket = await connect(alice.cookie);
    aliceSocket.send({ type: 'subscribe', roomId });
    await aliceSocket.waitFor((frame) => frame.type === 'subscribed');
    for (const body of ['one', 'two', 'three']) {
      aliceSocket.send({ type: 'send', roomId, clientId: `unread-${body}-x`, body });
    }
    const last = await aliceSocket.waitFor(
      (frame) => frame.type === 'ack' && frame.clientId === 'unread-three-x',
    );
    const lastSeq = last.type === 'ack' ? last.seq : 0;
    const unread = async () =>
      (await t.request({ method: 'GET', url: '/api/rooms', cookie: bob.cookie }))
        .json()
        .rooms.find((room: { id: string }) => room.id === roomId).unread as number;
    const before = await unread();
    expect(before).toBe(lastSeq);

    const bobTab1 = await connect(bob.cookie);
    const bobTab2 = await connect(bob.cookie);
    bobTab1.send({ type: 'read', roomId, seq: lastSeq - 1 });
    expect(await bobTab2.waitFor((frame) => frame.type === 'read')).toEqual({
      type: 'read',
      roomId,
      memberId: bob.id,
      seq: lastSeq - 1,
    });
    expect(await unread()).toBe(1);
    bobTab1.send({ type: 'read', roomId, seq: 1 });
    await bobTab2.waitFor((frame) => frame.type === 'read' && frame.seq === lastSeq - 1, {
      from: bobTab2.frames.length,
    });
    expect(await unread()).toBe(1);
    for (const socket of [aliceSocket, bobTab1, bobTab2]) socket.close();
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

  it('resumes after a reconnect with exactly the messages missed', async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const aliceSocket = await connect(alice.cookie);
    aliceSocket.send({ type: 'subscribe', roomId });
    await aliceSocket.waitFor((frame) => frame.type === 'subscribed');
    aliceSocket.send({ type: 'send', roomId, clientId: 'resume-before-1', body: 'before' });
    const seen = await aliceSocket.waitFor((frame) => frame.type === 'ack');
    const bobSocket = await connect(bob.cookie);
    bobSocket.send({ type: 'subscribe', roomId });
    const first = await bobSocket.waitFor(
      (frame) => frame.type === 'message' && frame.message.clientId === 'resume-before-1',
    );
    bobSocket.socket.terminate();
    for (const body of ['missed one', 'missed two']) {
      aliceSocket.send({
        type: 'send',
        roomId,
        clientId: `resume-${body.replace(' ', '-')}`,
        body,
      });
    }
    await aliceSocket.waitFor(
      (frame) => frame.type === 'ack' && frame.clientId === 'resume-missed-two',
    );
    const back = await connect(bob.cookie);
    const change = first.type === 'message' ? first.message.change : 0;
    back.send({
      type: 'subscribe',
      roomId,
      afterSeq: seen.type === 'ack' ? seen.seq : 0,
      afterChange: change,
    });
    await back.waitFor((frame) => frame.type === 'subscribed');
    const resumed = back.frames.flatMap((frame) =>
      frame.type === 'message' ? [frame.message.body] : [],
    );
    expect(resumed).toEqual(['missed one', 'missed two']);
    aliceSocket.close();
    back.close();
  });
});

describe('live pushes and limits', () => {
  it("pushes a notification to the member's open socket as it is stored", async () => {
    const asker = await member();
    const adviser = await member();
    const socket = await connect(asker.cookie);
    const thread = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: asker.cookie,
      payload: { kind: 'question', title: 'Who has run a citizen panel?', body: 'Any tips.' },
    });
    expect(thread.statusCode, thread.body).toBe(201);
    const answer = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.json().id}/replies`,
      cookie: adviser.cookie,
      payload: { body: 'We did, in 2023.' },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(await socket.waitFor((frame) => frame.type === 'notification')).toMatchObject({
      kind: 'reply',
    });
    socket.close();
  });

  it('closes a connection that sends a frame over 64 KiB, storing nothing', async () => {
    const alice = await member();
    const roomId = await networkRoomId(alice.cookie);
    const socket = await connect(alice.cookie);
    socket.send({ type: 'send', roomId, clientId: 'huge-frame-1', body: 'x'.repeat(70_000) });
    expect((await socket.closed).code).toBe(1009);
    const stored = await t.database.db
      .select()
      .from(messages)
      .where(eq(messages.authorId, alice.id));
    expect(stored).toEqual([]);
  });
});

describe('room membership that changes while connected', () => {
  it('stops sending a cohort room to a member the moment an organiser removes them from the cohort', async () => {
    const organiser = await createMember(t.database.db, { role: 'organiser' });
    const organiserCookie = await t.signIn(organiser.email, organiser.password);
    const stays = await member();
    const leaves = await member();
    const cohort = await createCohort(t.database.db, { memberIds: [stays.id, leaves.id] });
    const room = (await roomsOf(leaves.cookie)).find((each) => each.cohortId === cohort.id);
    if (!room) throw new Error('no cohort room');
    const socket = await connect(leaves.cookie);
    socket.send({ type: 'subscribe', roomId: room.id });
    await socket.waitFor((frame) => frame.type === 'subscribed');

    const removed = await t.request({
      method: 'DELETE',
      url: `/api/cohorts/${cohort.id}/members/${leaves.id}`,
      cookie: organiserCookie,
    });
    expect(removed.statusCode).toBe(204);
    expect(await socket.waitFor(isError)).toMatchObject({ code: 'forbidden', ref: room.id });
    await socket.waitFor((frame) => frame.type === 'rooms');

    const staying = await connect(stays.cookie);
    staying.send({ type: 'subscribe', roomId: room.id });
    await staying.waitFor((frame) => frame.type === 'subscribed');
    staying.send({ type: 'send', roomId: room.id, clientId: 'after-leaving-1', body: 'just us' });
    await staying.waitFor((frame) => frame.type === 'message' && frame.message.body === 'just us');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      socket.frames.some((frame) => frame.type === 'message' && frame.message.body === 'just us'),
    ).toBe(false);
    socket.close();
    staying.close();
  });
});
