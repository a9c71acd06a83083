import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { MAX_PAYLOAD_BYTES, publish } from './bus.ts';

// The bus between instances: Postgres NOTIFY sent inside the writer's transaction. Two API
// instances on one database: separate pools and listeners on PostgreSQL, as separate processes
// would have; on PGlite both share the in-process database and its NOTIFY.
let a: TestApp;
let b: TestApp;
const urls: string[] = [];

async function listen(t: TestApp) {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

beforeAll(async () => {
  a = await createTestApp();
  b = await createTestApp({}, { sharing: a.database });
  urls.push(await listen(a), await listen(b));
});
afterAll(async () => {
  await b.close();
  await a.close();
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('publish(tx, event)', () => {
  it('announces nothing of a write whose transaction rolls back, and a committed one once it commits', async () => {
    const heard: string[] = [];
    const stops = [a, b].map((t) =>
      t.app.realtime.on('presence.changed', ({ memberId }) => {
        heard.push(memberId);
      }),
    );
    await a.app.db
      .transaction(async (tx) => {
        await publish(tx, {
          name: 'presence.changed',
          payload: { memberId: 'rolled-back', online: true },
        });
        throw new Error('the write failed after announcing');
      })
      .catch(() => {});
    await a.app.db.transaction(async (tx) => {
      await publish(tx, {
        name: 'presence.changed',
        payload: { memberId: 'committed', online: true },
      });
      await tick(100);
      // Still inside the transaction: nobody has heard of it yet.
      expect(heard).toEqual([]);
    });
    await expect.poll(() => heard.length).toBe(2);
    await tick(100);
    for (const stop of stops) stop();
    expect(heard).toEqual(['committed', 'committed']);
  });

  it('delivers events in the order they were published, and one too big for a NOTIFY intact', async () => {
    const heard: string[] = [];
    const stop = b.app.realtime.on('session.ended', ({ memberId }) => {
      heard.push(memberId);
    });
    const big = 'x'.repeat(MAX_PAYLOAD_BYTES * 2);
    await a.app.db.transaction(async (tx) => {
      await publish(
        tx,
        { name: 'session.ended', payload: { memberId: 'first' } },
        { name: 'session.ended', payload: { memberId: big } },
        { name: 'session.ended', payload: { memberId: 'last' } },
      );
    });
    await expect.poll(() => heard.length).toBe(3);
    stop();
    expect(heard).toEqual(['first', big, 'last']);
  });
});
