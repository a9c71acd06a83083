import { createDb } from '@praxis/db/client';
import { createMember } from '@praxis/db/testing/factories';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ResumingChatClient } from '../src/testing/chat-client.ts';
import { type RunningServer, startServer } from '../src/testing/server-process.ts';

// Two API processes on one PostgreSQL database, as behind a load balancer; one of them is
// killed with SIGKILL while its client keeps sending. Needs a server database: the embedded one
// lives inside a single process.
function serverDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'This test runs two servers on one PostgreSQL database: set TEST_DATABASE_URL (see README).',
    );
  }
  return url;
}

// Stopped after each test, the first one last: it owns the database the others joined.
const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0).reverse()) await server.stop();
});

const random = (limit: number) => Math.floor(Math.random() * limit);
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(server: RunningServer, origin: string, email: string, password: string) {
  const response = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('praxis_session='));
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  return cookie.split(';')[0] as string;
}

async function networkRoomId(server: RunningServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.origin}/api/rooms`, { headers: { cookie } });
  const { rooms } = (await response.json()) as { rooms: { id: string; kind: string }[] };
  const network = rooms.find((room) => room.kind === 'network');
  if (!network) throw new Error('no network room');
  return network.id;
}

/** Starts two instances, two members, and one client per member on each instance. */
async function twoInstances() {
  serverDatabaseUrl();
  const a = await startServer({ database: 'any' });
  running.push(a);
  // Behind one load balancer, both instances answer at the same public origin.
  const b = await startServer({
    databaseUrl: a.databaseUrl as string,
    env: { PUBLIC_ORIGIN: a.origin },
  });
  running.push(b);
  const database = createDb({ databaseUrl: a.databaseUrl as string, poolSize: 2 });
  const [alice, bob] = await Promise.all([createMember(database.db), createMember(database.db)]);
  await database.close();
  if (!alice || !bob) throw new Error('members not created');
  const aliceCookie = await signIn(a, a.origin, alice.email, alice.password);
  const bobCookie = await signIn(b, a.origin, bob.email, bob.password);
  const roomId = await networkRoomId(a, aliceCookie);
  const onA = new ResumingChatClient(roomId, aliceCookie, a.origin);
  const onB = new ResumingChatClient(roomId, bobCookie, a.origin);
  await onA.connect(a.origin);
  await onB.connect(b.origin);
  return { a, b, onA, onB, roomId };
}

/**
 * Alice (on A) and Bob (on B) send; A is killed mid-stream and Alice's client moves to B and
 * keeps sending with retries. With `randomDisconnects`, either client is also cut off that
 * many times in all and reconnects to a live instance.
 */
async function exchangeThroughFailover(randomDisconnects: number) {
  const { a, b, onA, onB } = await twoInstances();
  const clients = [onA, onB];
  const alive = [a.origin, b.origin];
  let sent = 0;
  let disconnects = 0;
  let killed = false;
  try {
    for (let step = 0; step < 60 || disconnects < randomDisconnects; step += 1) {
      if (step < 60) {
        clients[step % 2]?.send(`message ${sent}`);
        sent += 1;
      }
      if (step === 20) {
        await a.kill();
        alive.splice(0, 1);
        killed = true;
      }
      if (disconnects < randomDisconnects && random(2) === 0) {
        clients[random(2)]?.drop();
        disconnects += 1;
      }
      for (const client of clients) {
        if (!client.connected) {
          await client.connect(alive[random(alive.length)] as string).catch(() => {});
        }
      }
      await tick(random(20));
    }
    for (const client of clients) {
      await client.waitUntil(() => {
        if (!client.connected) void client.connect(b.origin).catch(() => {});
        return client.pending.size === 0 && client.messages.size === sent;
      }, 60_000);
    }
    expect(killed).toBe(true);
    const [first, second] = clients.map((client) => client.ordered().map((m) => m.id));
    expect(first).toHaveLength(sent);
    expect(first).toEqual(second);
    expect(new Set(onA.ordered().map((m) => m.body)).size).toBe(sent);
    expect(onA.ordered().map((m) => m.seq)).toEqual(Array.from({ length: sent }, (_, i) => i + 1));
    expect(clients.map((client) => [client.doubles, client.gaps])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  } finally {
    for (const client of clients) client.drop();
  }
}

describe('chat across two server processes on PostgreSQL', () => {
  it('loses and doubles nothing when the instance of one client is killed mid-stream', async () => {
    await exchangeThroughFailover(0);
  });

  it('loses and doubles nothing through the same failover with 200 random disconnects', async () => {
    await exchangeThroughFailover(200);
  });

  it('resumes delivery by itself after the database drops the listening connection', async () => {
    const { a, onA, onB } = await twoInstances();
    try {
      const admin = createDb({ databaseUrl: a.databaseUrl as string, poolSize: 1 });
      const cut = await admin.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'praxis-listener' and datname = current_database()`,
      );
      await admin.close();
      expect((cut as unknown as { rows: unknown[] }).rows).toHaveLength(2);
      for (let index = 0; index < 10; index += 1) onA.send(`while cut off ${index}`);
      await onA.waitUntil(() => onA.pending.size === 0);
      // Bob stays connected to B the whole time: what B's listener missed reaches him anyway.
      await onB.waitUntil(() => onB.messages.size === 10, 20_000);
      expect(onB.connected).toBe(true);
      expect(onB.ordered().map((m) => m.body)).toEqual(
        Array.from({ length: 10 }, (_, index) => `while cut off ${index}`),
      );
      expect([onB.doubles, onB.gaps]).toEqual([0, 0]);
    } finally {
      onA.drop();
      onB.drop();
    }
  });
});
