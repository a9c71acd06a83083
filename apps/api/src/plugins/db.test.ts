import { createDb } from '@praxis/db/client';
import type { TestDatabase } from '@praxis/db/testing/test-database';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  async function readWhileTerminating(times: number) {
    await operator.query('begin');
    await operator.query('lock table members in access exclusive mode');
    const response = t.app.inject({ method: 'GET', url: '/api/setup' });
    const terminated: number[] = [];
    while (terminated.length < times) {
      const pid = await blockedBackend(terminated);
      await operator.query('select pg_terminate_backend($1)', [pid]);
      terminated.push(pid);
    }
    // After a second loss the request has given up, so nothing waits for the lock any more.
    if (times < 2) await blockedBackend(terminated);
    await operator.query('commit');
    return response;
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

  it('serves reads again once the database is back', async () => {
    await operator.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
    const response = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(response.statusCode).toBe(200);
  });
});
