import { randomUUID } from 'node:crypto';
import { CloseCode, PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import { messages } from '@praxis/db/schema/chat';
import { createCohort } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openChatSocket, UpgradeRefused } from '../../testing/chat-client.ts';
import { isError, socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';

// The upgrade and each frame, over a real websocket: what is refused, and how.
const kit = socketTestApp();
const { member, roomsOf, connect, networkRoomId } = kit;
let t: TestApp;
let baseUrl: string;
beforeAll(() => {
  t = kit.t;
  baseUrl = kit.baseUrl;
});

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
    expect(hello).toMatchObject({ protocol: PROTOCOL_VERSION, memberId: alice.id });
    expect(hello.type === 'hello' && hello.online).toContain(alice.id);
    socket.close();
  });

  it('handles the frames a tab sends as soon as the socket opens after its hello, in order', async () => {
    const alice = await member();
    const roomId = await networkRoomId(alice.cookie);
    const socket = await openChatSocket(baseUrl, alice.cookie, { origin: t.config.publicOrigin });
    const clientId = randomUUID();
    socket.send({ type: 'subscribe', roomId });
    socket.send({ type: 'send', roomId, clientId, body: 'Sent before the hello came' });
    await socket.waitFor((frame) => frame.type === 'ack' && frame.clientId === clientId);
    const order = ['hello', 'subscribed', 'ack'].map((type) =>
      socket.frames.findIndex((frame) => frame.type === type),
    );
    expect(order[0]).toBe(0);
    expect(order[1]).toBeGreaterThan(0);
    expect(order[2]).toBeGreaterThan(order[1] ?? Number.POSITIVE_INFINITY);
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

describe('frames meant to hurt', () => {
  it('answers a deeply nested frame with an error and keeps serving, instead of crashing', async () => {
    const { cookie } = await member();
    const socket = await connect(cookie);
    socket.send(`{"type":${'['.repeat(6000)}${']'.repeat(6000)}}`);
    expect(await socket.waitFor(isError)).toMatchObject({ code: 'malformed' });
    socket.send({ type: 'ping' });
    await socket.waitFor((frame) => frame.type === 'pong');
    socket.close();
  });

  it("refuses frames past the member's budget, however many sockets they spread them over", async () => {
    const { cookie } = await member();
    const roomId = await networkRoomId(cookie);
    const sockets = await Promise.all([connect(cookie), connect(cookie), connect(cookie)]);
    for (let index = 0; index < 150; index += 1) {
      for (const socket of sockets) socket.send({ type: 'read', roomId, seq: 0 });
    }
    const refused = await Promise.all(
      sockets.map((socket) =>
        socket.waitFor((frame) => isError(frame) && frame.code === 'rate_limited'),
      ),
    );
    expect(refused[0]?.type === 'error' && refused[0].message).toContain('Too many frames');
    for (const socket of sockets) socket.close();
  });
});
