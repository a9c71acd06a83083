import { describe, expect, it } from 'vitest';
import { twoInstances } from '../testing/two-instances.ts';
import { MAX_PAYLOAD_BYTES, publish } from './bus.ts';

// The bus between instances: Postgres NOTIFY sent inside the writer's transaction. Two API
// instances on one database: separate pools and listeners on PostgreSQL, as separate processes
// would have; on PGlite both share the in-process database and its NOTIFY.
const instances = twoInstances();

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('publish(tx, event)', () => {
  it('announces nothing of a write whose transaction rolls back, and a committed one once it commits', async () => {
    const heard: string[] = [];
    const stops = [instances.a, instances.b].map((t) =>
      t.app.realtime.on('presence.changed', ({ memberId }) => {
        heard.push(memberId);
      }),
    );
    await instances.a.app.db
      .transaction(async (tx) => {
        await publish(tx, {
          name: 'presence.changed',
          payload: { memberId: 'rolled-back', online: true },
        });
        throw new Error('the write failed after announcing');
      })
      .catch(() => {});
    await instances.a.app.db.transaction(async (tx) => {
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
    const stop = instances.b.app.realtime.on('session.ended', ({ memberId }) => {
      heard.push(memberId);
    });
    const big = 'x'.repeat(MAX_PAYLOAD_BYTES * 2);
    await instances.a.app.db.transaction(async (tx) => {
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
