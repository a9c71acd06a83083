import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Database, openPglite } from '../client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a migrated PGlite data directory dump, made once per run by the global setup. */
    pgliteTemplate: string;
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
  const scratch = await createScratchDatabase(serverUrl);
  const database = createDb({ databaseUrl: scratch.url, poolSize: 20 });
  await database.migrate();
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
): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(serverUrl);
  // Named after the database the URL names, so whoever made that one can find and drop these.
  const base = url.pathname.slice(1).replace(/\W/g, '') || 'praxis';
  const name = `${base}_t_${randomBytes(6).toString('hex')}`.slice(-63);
  await withAdminClient(serverUrl, (admin) => admin.query(`create database ${name}`));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, (admin) =>
        admin.query(`drop database if exists ${name} with (force)`),
      ).then(() => undefined),
  };
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
