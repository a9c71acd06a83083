import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { enqueue } from './job-queue.ts';

describe('the jobs plugin', () => {
  it('runs due jobs by itself when polling is switched on', async () => {
    const polling = await createTestApp({ JOB_POLL_SECONDS: '1' });
    try {
      const ran: string[] = [];
      polling.app.jobs.register('test_polled', async (_db, job) => {
        ran.push(job.payload.note ?? '');
      });
      // Queued as if a week ago, so it is overdue now.
      await enqueue(polling.database.db, {
        kind: 'test_polled',
        payload: { note: 'overdue' },
        runAt: new Date(Date.now() - 7 * 24 * 60 * 60 * 1000),
      });
      await vi.waitFor(() => expect(ran).toEqual(['overdue']), { timeout: 5000, interval: 100 });
    } finally {
      await polling.close();
    }
  });

  it('runs nothing on an instance with RUN_JOBS=off, even when kicked, and leaves the job queued', async () => {
    const serving = await createTestApp({ RUN_JOBS: 'off', JOB_POLL_SECONDS: '1' });
    try {
      const ran: string[] = [];
      serving.app.jobs.register('test_elsewhere', async (_db, job) => {
        ran.push(job.payload.note ?? '');
      });
      await enqueue(serving.database.db, {
        kind: 'test_elsewhere',
        payload: { note: 'for another instance' },
        runAt: new Date(Date.now() - 60_000),
      });
      expect(await serving.app.jobs.kick()).toBe(0);
      // Two poll intervals pass: a polling instance would have run it by now.
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      expect(ran).toEqual([]);
      expect(await serving.app.jobs.runDue()).toBe(1);
      expect(ran).toEqual(['for another instance']);
    } finally {
      await serving.close();
    }
  });
});

describe('app.jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A gate a handler waits at until the test opens it. */
  function gate() {
    let open = () => {};
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { open, opened };
  }

  it('runs a job outside the async scope of whoever kicked it (a request)', async () => {
    const scope = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    t.app.jobs.register('test_scope', async () => {
      seen.push(scope.getStore());
    });
    await enqueue(t.database.db, { kind: 'test_scope', payload: {}, runAt: new Date(0) });
    await scope.run('a request', () => t.app.jobs.kick());
    expect(seen).toEqual([undefined]);
  });

  it('runs a job queued in a committed transaction once, and never one whose transaction rolled back', async () => {
    const ran: string[] = [];
    t.app.jobs.register('test_commit', async (_db, job) => {
      ran.push(job.payload.note ?? '');
    });
    await t.database.db
      .transaction(async (tx) => {
        await enqueue(tx, { kind: 'test_commit', payload: { note: 'rolled back' } });
        tx.rollback();
      })
      .catch(() => {});
    await t.database.db.transaction(async (tx) => {
      await enqueue(tx, { kind: 'test_commit', payload: { note: 'committed' } });
    });
    expect(await t.app.jobs.runDue()).toBe(1);
    expect(await t.app.jobs.runDue()).toBe(0);
    expect(ran).toEqual(['committed']);
  });

  it('does housekeeping on the first run and then not again before its interval', async () => {
    let swept = 0;
    t.app.jobs.every('test sweep', 60 * 60 * 1000, async () => {
      swept += 1;
    });
    await t.app.jobs.kick();
    await t.app.jobs.kick();
    expect(swept).toBe(1);
  });

  it('makes one more pass when kicked during a run, so a job queued meanwhile is not left waiting', async () => {
    const slow = gate();
    const started = gate();
    const ran: string[] = [];
    t.app.jobs.register(
      'test_slow',
      async () => {
        started.open();
        await slow.opened;
        ran.push('slow');
      },
      { transaction: false },
    );
    t.app.jobs.register('test_quick', async () => {
      ran.push('quick');
    });
    await enqueue(t.database.db, { kind: 'test_slow' });
    const first = t.app.jobs.kick();
    await started.opened;
    await enqueue(t.database.db, { kind: 'test_quick' });
    const second = t.app.jobs.kick();
    slow.open();
    await Promise.all([first, second]);
    expect(ran).toEqual(['slow', 'quick']);
  });

  it('runs a job in a transaction once even when another runner finds its lease run out', async () => {
    const held = gate();
    const started = gate();
    let runs = 0;
    t.app.jobs.register('test_long', async () => {
      runs += 1;
      started.open();
      await held.opened;
    });
    await enqueue(t.database.db, { kind: 'test_long' });
    const now = new Date();
    const first = t.app.jobs.runDue({ now });
    await started.opened;
    // On PostgreSQL the second claim skips the locked row; on PGlite it waits for the first run.
    const second = t.app.jobs.runDue({ now: new Date(+now + 10 * 60 * 1000) });
    held.open();
    expect(await first).toBe(1);
    expect(await second).toBe(0);
    expect(runs).toBe(1);
  });
});
