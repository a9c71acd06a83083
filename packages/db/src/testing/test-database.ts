import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Database, openPglite } from '../client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a migrated PGlite data directory dump, made once per run by the global setup. */
    pgliteTemplate: string;
    /** A migrated database on the `TEST_DATABASE_URL` server, made once per run, to copy. */
    serverTemplate: string;
  }
}

export interface TestDatabase extends Database {
  /**
   * The connection URL of a server database, so a test can open a second, independent pool
   * (a second API instance); null on PGlite, which is one connection in this process.
   */
  readonly url: string | null;
}

/**
 * A fresh, isolated, migrated database for one test file: an in-memory PGlite by default,
 * or a newly created database on the server `TEST_DATABASE_URL` points at, dropped on close.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createServerDatabase(serverUrl) : createPgliteDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const template = inject('pgliteTemplate');
  if (!template) {
    const database = createDb({ pglite: openPglite() });
    await database.migrate();
    return { ...database, url: null };
  }
  const client = openPglite(undefined, { loadDataDir: new Blob([await readFile(template)]) });
  await client.waitReady;
  return { ...createDb({ pglite: client }), url: null };
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  // A copy of the run's migrated template takes a fifth of the time migrating afresh takes.
  const template = inject('serverTemplate');
  const scratch = await createScratchDatabase(serverUrl, template ? { template } : {});
  const database = createDb({ databaseUrl: scratch.url, poolSize: 20 });
  if (!template) await database.migrate();
  return {
    ...database,
    url: scratch.url,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * An empty database created on the server `serverUrl` points at, for one test file or one
 * server started by a browser test; `drop()` removes it, closing whatever still uses it.
 */
export async function createScratchDatabase(
  serverUrl: string,
  options: { template?: string } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(serverUrl);
  const name = scratchName(serverUrl, randomBytes(6).toString('hex'));
  const template = options.template ? ` template ${options.template}` : '';
  await withAdminClient(serverUrl, (admin) => admin.query(`create database ${name}${template}`));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      ).then(() => undefined),
  };
}

/**
 * A name for a scratch database, named after the database `serverUrl` names, so whoever made
 * that one can find and drop these.
 */
export function scratchName(serverUrl: string, suffix: string) {
  const base = new URL(serverUrl).pathname.slice(1).replace(/\W/g, '') || 'praxis';
  return `${base}_t_${suffix}`.slice(-63);
}

/**
 * Runs `work` holding a session advisory lock named `key` on the server `serverUrl` points at,
 * with that connection, so that processes of one run take turns at it.
 */
export function withServerLock<T>(
  serverUrl: string,
  key: string,
  work: (admin: pg.Client) => Promise<T>,
) {
  return withAdminClient(serverUrl, async (admin) => {
    await admin.query('select pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await work(admin);
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [key]);
    }
  });
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
