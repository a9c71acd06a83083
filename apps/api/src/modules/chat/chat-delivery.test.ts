import type { Message } from '@praxis/contracts/chat';
import { createMember } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { ResumingChatClient } from '../../testing/chat-client.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { twoInstances } from '../../testing/two-instances.ts';

// Two API instances on one database: separate pools and listeners on PostgreSQL, as separate
// processes would have; on PGlite both share the in-process database and its NOTIFY.
const instances = twoInstances();

async function member(t: TestApp) {
  const created = await createMember(t.database.db);
  return { ...created, cookie: await t.signIn(created.email, created.password) };
}

async function networkRoomId(cookie: string) {
  const response = await instances.a.request({ method: 'GET', url: '/api/rooms', cookie });
  return (response.json().rooms as { id: string; kind: string }[]).find(
    (room) => room.kind === 'network',
  )?.id as string;
}

async function history(cookie: string, roomId: string): Promise<Message[]> {
  const pages: Message[][] = [];
  let before: number | null = null;
  do {
    const response = await instances.b.request({
      method: 'GET',
      url: `/api/rooms/${roomId}/messages${before ? `?before=${before}` : ''}`,
      cookie,
    });
    const page = response.json() as { messages: Message[]; nextBefore: number | null };
    pages.unshift(page.messages);
    before = page.nextBefore;
  } while (before !== null);
  return pages.flat();
}

const random = (limit: number) => Math.floor(Math.random() * limit);
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('message delivery across two instances', () => {
  it('gives two members on different instances the same messages in the same order, through 200 random disconnects', async () => {
    const alice = await member(instances.a);
    const bob = await member(instances.a);
    const roomId = await networkRoomId(alice.cookie);
    const clients = [
      new ResumingChatClient(roomId, alice.cookie, instances.a.config.publicOrigin),
      new ResumingChatClient(roomId, bob.cookie, instances.a.config.publicOrigin),
    ] as const;
    await clients[0].connect(instances.url(0));
    await clients[1].connect(instances.url(1));

    let disconnects = 0;
    let sent = 0;
    // Each send may be cut off before or after it is stored; the resume must settle both.
    // Sends stay under the per-connection limit of 20 in 10 s by spreading over both members.
    while (disconnects < 200) {
      const client = clients[random(2)] ?? clients[0];
      if (random(3) === 0 && sent < 240) {
        client.send(`message ${sent}`);
        sent += 1;
      }
      if (random(2) === 0) {
        client.drop();
        disconnects += 1;
        await tick(random(15));
        await client.connect(instances.url(random(2)));
      }
      await tick(random(10));
    }
    await Promise.all(clients.map((client) => client.waitUntil(() => client.pending.size === 0)));
    await Promise.all(
      clients.map((client) => client.waitUntil(() => client.messages.size === sent)),
    );

    const [first, second] = clients.map((client) => client.ordered().map((message) => message.id));
    expect(first).toEqual(second);
    expect(first).toHaveLength(sent);
    expect(clients[0].ordered().map((message) => message.seq)).toEqual(
      Array.from({ length: sent }, (_, index) => index + 1),
    );
    expect(new Set(clients[0].ordered().map((message) => message.body)).size).toBe(sent);
    expect(clients.map((client) => [client.doubles, client.gaps])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    // What the live stream built equals what a fresh read of the room says.
    expect(clients[1].ordered()).toEqual(await history(bob.cookie, roomId));
    for (const client of clients) client.drop();
  });

  it('brings a stale client up to date with edits and deletions it missed, equal to a fresh read', async () => {
    const alice = await member(instances.a);
    const bob = await member(instances.b);
    const roomId = await networkRoomId(alice.cookie);
    const writer = new ResumingChatClient(roomId, alice.cookie, instances.a.config.publicOrigin);
    const reader = new ResumingChatClient(roomId, bob.cookie, instances.a.config.publicOrigin);
    await writer.connect(instances.url(0));
    await reader.connect(instances.url(1));
    for (const body of ['first', 'second', 'third']) writer.send(body);
    for (const client of [writer, reader]) {
      await client.waitUntil(
        () => client.ordered().filter((m) => m.author.id === alice.id).length === 3,
      );
    }
    reader.drop();

    const [first, second] = writer.ordered().filter((m) => m.author.id === alice.id);
    const edit = await instances.a.request({
      method: 'PATCH',
      url: `/api/rooms/${roomId}/messages/${first?.id}`,
      cookie: alice.cookie,
      payload: { body: 'first, edited' },
    });
    expect(edit.statusCode).toBe(200);
    const removal = await instances.b.request({
      method: 'DELETE',
      url: `/api/rooms/${roomId}/messages/${second?.id}`,
      cookie: alice.cookie,
    });
    expect(removal.json()).toMatchObject({ id: second?.id, body: '' });
    writer.send('fourth');
    await writer.waitUntil(() => writer.pending.size === 0);

    await reader.connect(instances.url(0));
    const fresh = await history(bob.cookie, roomId);
    await reader.waitUntil(
      () =>
        reader.messages.size === fresh.length &&
        reader.ordered().every((m, i) => m.change === fresh[i]?.change),
    );
    expect(reader.ordered()).toEqual(fresh);
    expect(reader.ordered().find((m) => m.id === first?.id)?.body).toBe('first, edited');
    expect(reader.ordered().find((m) => m.id === second?.id)?.deletedAt).not.toBeNull();
    expect([reader.doubles, reader.gaps]).toEqual([0, 0]);
    writer.drop();
    reader.drop();
  });
});
