import { randomUUID } from 'node:crypto';
import type { ServerFrame } from '@praxis/contracts/realtime';
import { emailDeliveries } from '@praxis/db/schema/email';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatSocket } from '../../testing/chat-client.ts';
import { socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';

// A deleted account's messages go as its member's own delete takes them: from the chats open on
// them, from the notifications quoting them, and at the hard delete from the mails naming them.
const kit = socketTestApp();
const { member, connect, networkRoomId } = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
});
const DAY_MS = 24 * 60 * 60 * 1000;
type Member = Awaited<ReturnType<typeof member>>;

async function subscribed(cookie: string, roomId: string): Promise<ChatSocket> {
  const socket = await connect(cookie);
  socket.send({ type: 'subscribe', roomId });
  await socket.waitFor((frame) => frame.type === 'subscribed');
  return socket;
}

/** Sends over the author's socket and waits for its ack: its notifications are stored by then. */
async function say(socket: ChatSocket, roomId: string, body: string): Promise<string> {
  const from = socket.frames.length;
  socket.send({ type: 'send', roomId, clientId: randomUUID(), body });
  const ack = await socket.waitFor((frame) => frame.type === 'ack', { from });
  // The ack answers at once; the message itself comes back through the bus, which on PostgreSQL
  // is a NOTIFY round trip that may land after it.
  const sent = await socket.waitFor(
    (frame) => frame.type === 'message' && frame.message.body === body,
    { from },
  );
  if (ack.type !== 'ack' || sent.type !== 'message') throw new Error('not sent');
  return sent.message.id;
}

const deletedFrame = (id: string) => (frame: ServerFrame) =>
  frame.type === 'message' && frame.message.id === id && frame.message.deletedAt !== null;

async function notificationsOf(cookie: string): Promise<string> {
  const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
  expect(response.statusCode).toBe(200);
  return response.body;
}

const deleteAccount = (who: Member, mode: 'keep_posts' | 'erase_posts') =>
  t.request({
    method: 'POST',
    url: '/api/account/deletion',
    cookie: who.cookie,
    payload: { mode, password: who.password },
  });

describe('a deleted account’s messages', () => {
  it('leave the recipient’s open chat, notifications and export at once, posts kept or not', async () => {
    const alice = await member();
    const bob = await member();
    const opened = await t.request({
      method: 'POST',
      url: '/api/rooms/direct',
      cookie: alice.cookie,
      payload: { memberIds: [bob.id] },
    });
    const roomId = opened.json().id as string;
    const aliceSocket = await subscribed(alice.cookie, roomId);
    const bobSocket = await subscribed(bob.cookie, roomId);
    const id = await say(aliceSocket, roomId, 'my private number is 061-555-123');
    expect(await notificationsOf(bob.cookie)).toContain('061-555-123');

    expect((await deleteAccount(alice, 'keep_posts')).statusCode).toBe(200);
    await bobSocket.waitFor(deletedFrame(id));
    expect(await notificationsOf(bob.cookie)).not.toContain('061-555-123');

    const asked = await t.request({
      method: 'POST',
      url: '/api/account/exports',
      cookie: bob.cookie,
    });
    await t.app.jobs.idle();
    await t.app.jobs.runDue();
    const download = await t.request({
      method: 'GET',
      url: `/api/account/exports/${asked.json().id}/download`,
      cookie: bob.cookie,
    });
    expect(download.statusCode).toBe(200);
    const zip = unzipSync(new Uint8Array(download.rawPayload));
    const text = Object.values(zip)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expect(text).toContain(id);
    expect(text).not.toContain('061-555-123');
    aliceSocket.close();
    bobSocket.close();
  });

  it('erased with the posts leave the network room’s open chats and the mentions at once', async () => {
    const carol = await member();
    const dave = await member();
    const roomId = await networkRoomId(carol.cookie);
    const carolSocket = await subscribed(carol.cookie, roomId);
    const daveSocket = await subscribed(dave.cookie, roomId);
    const id = await say(carolSocket, roomId, `@${dave.handle} call me on 062-777-888`);
    expect(await notificationsOf(dave.cookie)).toContain('062-777-888');

    expect((await deleteAccount(carol, 'erase_posts')).statusCode).toBe(200);
    await daveSocket.waitFor(deletedFrame(id));
    expect(await notificationsOf(dave.cookie)).not.toContain('062-777-888');
    carolSocket.close();
    daveSocket.close();
  });

  it('kept, stop being quoted by notifications and mails when the grace period ends', async () => {
    const erin = await member({ name: 'Erin Quotable' });
    const frank = await member();
    const roomId = await networkRoomId(erin.cookie);
    const erinSocket = await subscribed(erin.cookie, roomId);
    await say(erinSocket, roomId, `@${frank.handle} my door code is 4-8-15`);
    erinSocket.close();
    const mail = (to: { memberId: string | null; address: string }, text: string) => ({
      ...to,
      purpose: 'notice',
      subject: text,
      message: { to: to.address, subject: text, text },
    });
    const [toFrank, toErin] = await t.database.db
      .insert(emailDeliveries)
      .values([
        mail({ memberId: frank.id, address: frank.email }, 'Erin Quotable: my door code is 4-8-15'),
        mail({ memberId: null, address: erin.email.toLowerCase() }, 'Welcome, Erin'),
      ])
      .returning({ id: emailDeliveries.id });

    expect((await deleteAccount(erin, 'keep_posts')).statusCode).toBe(200);
    expect(await notificationsOf(frank.cookie)).toContain('4-8-15');
    await t.app.jobs.runDue({ now: new Date(Date.now() + 31 * DAY_MS) });

    expect(await notificationsOf(frank.cookie)).not.toContain('4-8-15');
    const left = (
      (await t.database.db.execute(
        sql`select id, subject, message::text as message from email_deliveries
             where id in (${toFrank?.id}, ${toErin?.id})`,
      )) as unknown as { rows: { id: string; subject: string; message: string }[] }
    ).rows;
    expect(left).toEqual([{ id: toFrank?.id, subject: '', message: '{}' }]);
  });
});
