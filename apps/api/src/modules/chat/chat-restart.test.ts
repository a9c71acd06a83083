import type { Message } from '@praxis/contracts/chat';
import { createDb } from '@praxis/db/client';
import { createMember } from '@praxis/db/testing/factories';
import type { TestDatabase } from '@praxis/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResumingChatClient } from '../../testing/chat-client.ts';
import { type PrivatePostgres, startPrivatePostgres } from '../../testing/private-postgres.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// The database goes away under two API instances and comes back: a server of this file's own,
// since restarting the shared one would break every other test file running beside it. It brings
// its own server, so it runs the same in the embedded and the PostgreSQL suite.
let server: PrivatePostgres;
let database: TestDatabase;
const instances: TestApp[] = [];
const urls: string[] = [];

beforeAll(async () => {
  server = await startPrivatePostgres();
  database = { ...createDb({ databaseUrl: server.url, poolSize: 5 }), url: server.url };
  await database.migrate();
  for (let index = 0; index < 2; index += 1) {
    const t = await createTestApp({}, { sharing: database });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    instances.push(t);
    urls.push(`http://127.0.0.1:${address.port}`);
  }
});
afterAll(async () => {
  for (const t of instances.reverse()) await t.close();
  await database?.close();
  await server?.stop();
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chat through a PostgreSQL restart', () => {
  it('gives three members on two instances every message once and in order, though the database restarts mid-stream', async () => {
    const [a, b] = instances as [TestApp, TestApp];
    const people = await Promise.all(
      [0, 1, 2].map(async () => {
        const created = await createMember(database.db);
        return { ...created, cookie: await a.signIn(created.email, created.password) };
      }),
    );
    const rooms = await a.request({ method: 'GET', url: '/api/rooms', cookie: people[0]?.cookie });
    const roomId = (rooms.json().rooms as { id: string; kind: string }[]).find(
      (room) => room.kind === 'network',
    )?.id as string;
    const clients = people.map(
      (person) => new ResumingChatClient(roomId, person.cookie, a.config.publicOrigin),
    );
    for (const [index, client] of clients.entries()) await client.connect(urls[index % 2] ?? '');

    // One message every 150 ms across three members keeps each under the send limit; the
    // restart begins after the twelfth, and the next sends race it.
    const total = 36;
    let restarted: Promise<void> | null = null;
    for (let sent = 0; sent < total; sent += 1) {
      if (sent === 12) restarted = server.restart();
      clients[sent % 3]?.send(`message ${sent}`);
      await tick(150);
    }
    await restarted;
    await Promise.all(clients.map((client) => client.waitUntil(() => client.pending.size === 0)));
    await Promise.all(
      clients.map((client) => client.waitUntil(() => client.messages.size === total)),
    );

    const history = await b.request({
      method: 'GET',
      url: `/api/rooms/${roomId}/messages`,
      cookie: people[1]?.cookie,
    });
    const fresh = (history.json() as { messages: Message[] }).messages;
    const orders = clients.map((client) => client.ordered().map((message) => message.id));
    const lost = clients.map((client) => total - new Set(client.ordered().map((m) => m.body)).size);
    const doubled = clients.map((client) => client.doubles);
    const reordered = clients.map(
      (client, index) =>
        client.gaps + (JSON.stringify(orders[index]) === JSON.stringify(orders[0]) ? 0 : 1),
    );
    console.info(
      `chat through a PostgreSQL restart: ${total} sent, lost ${lost}, doubled ${doubled}, reordered ${reordered}`,
    );
    expect({ lost, doubled, reordered }).toEqual({
      lost: [0, 0, 0],
      doubled: [0, 0, 0],
      reordered: [0, 0, 0],
    });
    expect(clients[0]?.ordered().map((message) => message.seq)).toEqual(
      Array.from({ length: total }, (_, index) => index + 1),
    );
    expect(clients[2]?.ordered()).toEqual(fresh);
    for (const client of clients) client.drop();
  });
});
