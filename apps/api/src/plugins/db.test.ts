import { createDb } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import type { TestDatabase } from '@praxis/db/testing/test-database';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLeanRows } from '../lib/prepared-rows.ts';
import { type PrivatePostgres, startPrivatePostgres } from '../testing/private-postgres.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/*
 * Only a database server has connections to lose; PGlite runs inside this process. So both
 * suites run this file on a PostgreSQL server of its own, whose backends it may terminate
 * without disturbing other files. The mapping of a lost connection to 503 is also tested on
 * both databases in errors.test.ts.
 */
describe('a lost PostgreSQL connection', () => {
  let server: PrivatePostgres;
  let database: TestDatabase;
  let t: TestApp;
  let operator: pg.Client;
  beforeAll(async () => {
    server = await startPrivatePostgres();
    database = { ...createDb({ databaseUrl: server.url, poolSize: 5 }), url: server.url };
    await database.migrate();
    t = await createTestApp({}, { sharing: database });
    operator = new pg.Client({ connectionString: server.url });
    await operator.connect();
  });
  afterAll(async () => {
    await operator?.end();
    await t?.close();
    await database?.close();
    await server?.stop();
  });

  /**
   * Waits for a backend of this database blocked on a lock, other than those already
   * terminated, and returns it. Inside the operator's transaction pg_stat_activity would stay
   * as it first read it, so each look starts afresh.
   */
  async function blockedBackend(terminated: number[]): Promise<number> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      await operator.query('select pg_stat_clear_snapshot()');
      const { rows } = await operator.query<{ pid: number }>(
        `select pid from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'
            and pid <> all($1::int[])`,
        [terminated],
      );
      if (rows[0]) return rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('no request ever waited for the lock');
  }

  /**
   * Holds the members table locked while `GET /api/setup` reads it, terminating the backend that
   * waits `times` times, then lets the read through.
   */
  async function readWhileTerminating<Answer = Awaited<ReturnType<TestApp['app']['inject']>>>(
    times: number,
    read: () => Promise<Answer> = () =>
      t.app.inject({ method: 'GET', url: '/api/setup' }) as Promise<Answer>,
  ) {
    await operator.query('begin');
    await operator.query('lock table members in access exclusive mode');
    const response = read().then(
      (answer) => ({ answer, error: null }),
      (error: unknown) => ({ answer: null, error }),
    );
    const terminated: number[] = [];
    while (terminated.length < times) {
      const pid = await blockedBackend(terminated);
      await operator.query('select pg_terminate_backend($1)', [pid]);
      terminated.push(pid);
    }
    // After a second loss the request has given up, so nothing waits for the lock any more.
    if (times < 2) await blockedBackend(terminated);
    await operator.query('commit');
    const { answer, error } = await response;
    if (error) throw error;
    return answer as Answer;
  }

  it('retries a read once on a fresh connection when its connection is terminated', async () => {
    const response = await readWhileTerminating(1);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ setupRequired: true, tokenRequired: false });
  });

  it('answers 503 with Retry-After and the error shape when the retry is lost too', async () => {
    const response = await readWhileTerminating(2);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.json()).toEqual({
      error: {
        code: 'unavailable',
        message: 'Praxis cannot reach its database right now. Try again in 5 seconds.',
      },
    });
  });

  it('retries a prepared read with rows as arrays on a fresh connection, and leaks no client', async () => {
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const byId = withLeanRows(
      database.db
        .select({ id: members.id, email: members.email })
        .from(members)
        .where(eq(members.id, sql.placeholder('id')))
        .prepare('test.lost.lean'),
    );
    const id = '33333333-3333-4333-8333-333333333333';
    expect(await readWhileTerminating(1, () => byId.execute({ id }))).toEqual([]);
    await expect(readWhileTerminating(2, () => byId.execute({ id }))).rejects.toMatchObject({
      cause: { code: '57P01' },
    });
    // Every client went back to the pool: as many reads at once as it holds all finish.
    await Promise.all(Array.from({ length: 6 }, () => byId.execute({ id })));
    expect(pool.totalCount).toBe(pool.idleCount);
    expect(pool.waitingCount).toBe(0);
  });

  it('serves reads again once the database is back', async () => {
    await operator.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    const response = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(response.statusCode).toBe(200);
  });
});
