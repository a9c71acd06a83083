import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { retryReadsOnce } from './connection-loss.ts';

export { isConnectionLost, retryRead } from './connection-loss.ts';

/** The drizzle handle every module queries through; identical on node-postgres and PGlite. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  readonly db: Db;
  readonly driver: 'postgres' | 'pglite';
  /** Applies the committed SQL migrations; safe to call from several instances at once. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Receives `NOTIFY`s on `channel` over a connection of its own (never a pooled one: a
   * transaction-pooling proxy would drop the LISTEN). If that connection drops it reconnects by
   * itself and then calls `onResume`: whatever was notified in between is lost, so the
   * listener reads it back from the tables. Resolves with the function that stops listening.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  onNotify(payload: string): void;
  onResume(): void;
  /** The connection dropped; notifications are missed until `onResume`. */
  onLost?(error: Error): void;
}

export type DatabaseOptions = (
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  | { pglite: PGlite }
) & {
  /** Told each statement and its parameters as it is sent; for measuring, never needed to run. */
  onStatement?: (sql: string, params: unknown[]) => void;
};

/**
 * Opens an embedded database (in memory without `dataDir`) with the extensions the migrations
 * create: every PGlite that holds a Praxis database is opened through this, or its text search
 * fails. A `clone()` keeps them.
 */
export function openPglite(dataDir?: string, options: Omit<PGliteOptions, 'extensions'> = {}) {
  return new PGlite({ ...options, dataDir, extensions: { unaccent } });
}

// Found through the package rather than beside this file, which the production build bundles
// into the server's own output folder.
export const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve('@praxis/db/package.json')),
  'migrations',
);

// Any constant works; it only has to be the same for every instance migrating this database.
const MIGRATION_LOCK_KEY = 727_274_001;

const casing = 'snake_case';

export function createDb(options: DatabaseOptions): Database {
  const logger = options.onStatement ? { logQuery: options.onStatement } : undefined;
  if ('databaseUrl' in options) {
    return createPostgresDb(options.databaseUrl, options.poolSize, logger);
  }
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    return createPgliteDb(openPglite(options.dataDir), logger);
  }
  return createPgliteDb(options.pglite, logger);
}

type StatementLogger = { logQuery(sql: string, params: unknown[]): void } | undefined;

function createPostgresDb(databaseUrl: string, poolSize = 10, logger?: StatementLogger): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  retryReadsOnce(pool);
  // An idle client that loses its server must not take the process down with it.
  pool.on('error', () => {});
  releaseLostClients(pool);
  const db = drizzlePg(pool, { casing, logger }) as unknown as Db;
  return {
    db,
    driver: 'postgres',
    async migrate() {
      // The advisory lock is per connection, so lock, migrate and unlock on one client.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(client, { casing }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    listen: (channel, handlers) => listenOnPostgres(databaseUrl, channel, handlers),
    close: () => pool.end(),
  };
}

/**
 * The pool watches only its idle clients. One checked out when PostgreSQL restarts would raise
 * an unhandled 'error' (ending the process), and one whose transaction's `begin` fails is never
 * released by drizzle (drizzle-orm#6241), so each restart would leak pool slots until none is
 * left. A checked-out client that loses its connection is therefore released (and destroyed) at
 * once; its holder learns of the loss from its failed query, and its own release does nothing.
 */
function releaseLostClients(pool: pg.Pool) {
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      const held = client as pg.PoolClient;
      if (!checkedOut.has(held)) return;
      held.release(error);
      held.release = () => {};
    });
  });
}

const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

async function listenOnPostgres(
  databaseUrl: string,
  channel: string,
  handlers: ListenHandlers,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'praxis-listener',
      keepAlive: true,
    });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? '');
    });
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next, new Error('The listening connection ended.')));
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };

  const dropped = (lost: pg.Client, error: Error) => {
    if (stopped || client !== lost) return;
    client = null;
    lost.end().catch(() => {});
    handlers.onLost?.(error);
    retry();
  };

  const retry = () => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)] ?? 5000;
    attempt += 1;
    timer = setTimeout(() => {
      if (stopped) return;
      connect().then(
        () => {
          attempt = 0;
          handlers.onResume();
        },
        () => retry(),
      );
    }, delay);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const current = client;
    client = null;
    await current?.end().catch(() => {});
  };
}

function createPgliteDb(client: PGlite, logger?: StatementLogger): Database {
  const db = drizzlePglite(client, { casing, logger }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite(client, { casing }), { migrationsFolder });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    // PGlite runs in this process: its connection cannot drop, so there is nothing to resume.
    async listen(channel, handlers) {
      const unlisten = await client.listen(channel, handlers.onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
