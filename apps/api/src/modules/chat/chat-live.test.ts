import { messages } from '@praxis/db/schema/chat';
import { createCohort, createMember } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { isError, socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';

// Members talking over real websockets: delivery, read markers, resuming, live notifications,
// and rooms that change while connected.
const kit = socketTestApp();
const { member, roomsOf, connect, networkRoomId } = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
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
    // Backwards moves nothing and tells nobody; the next frame the other tab gets is the next move.
    const from = bobTab2.frames.length;
    bobTab1.send({ type: 'read', roomId, seq: 1 });
    expect(await unread()).toBe(1);
    bobTab1.send({ type: 'read', roomId, seq: lastSeq });
    expect(await bobTab2.waitFor((frame) => frame.type === 'read', { from })).toMatchObject({
      seq: lastSeq,
    });
    expect(await unread()).toBe(0);
    for (const socket of [aliceSocket, bobTab1, bobTab2]) socket.close();
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

  it('pushes a chat mention to the mentioned member, who is not in the room on screen', async () => {
    const alice = await member();
    const bob = await member();
    const roomId = await networkRoomId(alice.cookie);
    const aliceSocket = await connect(alice.cookie);
    const bobSocket = await connect(bob.cookie);
    aliceSocket.send({ type: 'send', roomId, clientId: 'mention-1', body: `@${bob.handle} hello` });
    await aliceSocket.waitFor((frame) => frame.type === 'ack');
    expect(await bobSocket.waitFor((frame) => frame.type === 'notification')).toMatchObject({
      kind: 'chat_mention',
    });
    aliceSocket.close();
    bobSocket.close();
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

  it('stops sending a conversation to the member who left it, and tells the others at once', async () => {
    const [alice, bob, carol] = [await member(), await member(), await member()];
    const opened = await t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: alice.cookie,
      payload: { memberIds: [bob.id, carol.id] },
    });
    const roomId = opened.json().id as string;
    const leaving = await connect(carol.cookie);
    const staying = await connect(alice.cookie);
    for (const socket of [leaving, staying]) {
      socket.send({ type: 'subscribe', roomId });
      await socket.waitFor((frame) => frame.type === 'subscribed');
    }
    const from = staying.frames.length;

    const left = await t.request({
      method: 'DELETE',
      url: `/api/rooms/${roomId}/membership`,
      cookie: carol.cookie,
    });
    expect(left.statusCode, left.body).toBe(204);
    expect(await leaving.waitFor(isError)).toMatchObject({ code: 'forbidden', ref: roomId });
    await staying.waitFor((frame) => frame.type === 'rooms', { from });

    staying.send({ type: 'send', roomId, clientId: 'after-carol-left', body: 'just us two' });
    await staying.waitFor(
      (frame) => frame.type === 'message' && frame.message.body === 'just us two',
    );
    const again = leaving.frames.length;
    leaving.send({ type: 'subscribe', roomId });
    expect(await leaving.waitFor(isError, { from: again })).toMatchObject({ code: 'forbidden' });
    expect(
      leaving.frames.some(
        (frame) => frame.type === 'message' && frame.message.body === 'just us two',
      ),
    ).toBe(false);
    leaving.close();
    staying.close();
  });
});
