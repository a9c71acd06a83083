import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@praxis/api/app';
import { loadConfig } from '@praxis/api/config';
import { createDb, type Database, type DatabaseOptions } from '@praxis/db/client';
import { benchDatabaseUrl } from './large-network/bench-database.ts';

/**
 * The database a benchmark fills: BENCH_DATABASE_URL when set (see large-network/bench-database.ts), else an
 * embedded one in a temporary folder; migrated. `close` also removes the folder. `onStatement`
 * hears every statement the app sends (for counting them).
 */
export async function openBenchDatabase(options: Pick<DatabaseOptions, 'onStatement'> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'praxis-bench-'));
  const databaseUrl = benchDatabaseUrl();
  const database = createDb(databaseUrl ? { databaseUrl, ...options } : { dataDir, ...options });
  await database.migrate();
  return {
    database,
    async close() {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app as production runs it, silent, with no web app and no demo seed; `withoutJobs`: with no
 * background jobs either (on the large network, a digest run keeps the pool busy for minutes).
 */
export async function buildBenchApp(database: Database, withoutJobs = false) {
  const loaded = loadConfig({
    NODE_ENV: 'production',
    PRAXIS_SEED: 'none',
    WEB_DIST: '/nonexistent',
    PUBLIC_ORIGIN: 'http://praxis.bench',
    LOG_LEVEL: 'silent',
    MAIL_OUTBOX: 'on',
  });
  const config = withoutJobs ? { ...loaded, jobPollMs: null } : loaded;
  const app = await buildApp({ config, database, logger: false });
  return { app, config };
}
