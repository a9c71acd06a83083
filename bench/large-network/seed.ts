import { randomBytes } from 'node:crypto';
import { hashPassword } from '@praxis/api/plugins/passwords';
import { createDb } from '@praxis/db/client';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-database.ts';
import { seedChat } from './chat.ts';
import { checkCooking, printCounts } from './checks.ts';
import { dropBulkIndexes, restoreIndexes } from './indexes.ts';
import { seedMeetups } from './meetups.ts';
import { seedNotifications } from './notifications.ts';
import { seedPeople } from './people.ts';
import { scaleFromEnvironment } from './scale.ts';
import { seedThreads } from './threads.ts';
import { createWritingFunctions } from './vocabulary.ts';

// Fills the PostgreSQL database BENCH_DATABASE_URL names with a large network, for benchmarks of
// what years of use make of the app: see the README's "large network". Everything is written
// in SQL, in the database, and the same on every run.

export const BENCH_PASSWORD = 'praxis-bench';

const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) {
  console.error('BENCH_DATABASE_URL must name the PostgreSQL database to fill (postgres://…).');
  process.exit(2);
}
const wipe = process.argv.includes('--force') || process.env.BENCH_SEED_WIPE === '1';
const scale = scaleFromEnvironment();
const started = performance.now();

const client = new pg.Client({
  connectionString: databaseUrl,
  application_name: 'praxis-bench-seed',
});
await client.connect();
const {
  rows: [existing],
} = await client.query<{ members: string }>(
  // A database never migrated has no members table, and nothing to lose.
  (await client.query("select to_regclass('members') as t")).rows[0]?.t
    ? 'select count(*) as members from members'
    : 'select 0 as members',
);
if (Number(existing?.members ?? 0) > 0 && !wipe) {
  console.error(
    `This database already has ${existing?.members} members. The fill starts by deleting everything in it: run again with BENCH_SEED_WIPE=1 (or --force) if that is what you want.`,
  );
  await client.end();
  process.exit(1);
}

// Migrated only once the database is known to be one it may fill.
const database = createDb({ databaseUrl, poolSize: 1 });
await database.migrate();
await database.close();

const step = async (name: string, work: () => Promise<unknown>) => {
  const begin = performance.now();
  process.stdout.write(`${name}… `);
  await work();
  console.log(`${((performance.now() - begin) / 1000).toFixed(1)} s`);
};

let indexes: string[] = [];
try {
  if (wipe) {
    await step('wiping the database', async () => {
      const { rows } = await client.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public'`,
      );
      const tables = rows.map(({ name }) => `"${name}"`).join(', ');
      if (tables) await client.query(`truncate ${tables} restart identity cascade`);
    });
  }
  // Nothing here needs to survive a crash until the end; the indexes are built in memory.
  await client.query(`set synchronous_commit = off`);
  await client.query(`set maintenance_work_mem = '256MB'`);
  await client.query(`set work_mem = '64MB'`);
  const hashes = {
    known: await hashPassword(BENCH_PASSWORD),
    other: await hashPassword(randomBytes(24).toString('base64url')),
  };
  await createWritingFunctions(client);
  await step('dropping secondary indexes', async () => {
    indexes = await dropBulkIndexes(client);
  });
  await step(`${scale.members} members in ${scale.cohorts} cohorts`, () =>
    seedPeople(client, scale, hashes),
  );
  await step(`${scale.threads} threads, ${scale.replies} replies`, () =>
    seedThreads(client, scale),
  );
  await step(`${scale.meetups} meetups with polls and answers`, () => seedMeetups(client, scale));
  await step(`${scale.messages} chat messages`, () => seedChat(client, scale));
  await step('notifications', () => seedNotifications(client));
} finally {
  if (indexes.length) {
    await step(`building ${indexes.length} indexes`, () => restoreIndexes(client, indexes));
  }
}
// The fill's own tables and functions go; the size measured is the network's.
await client.query('discard temp');
await step('vacuum and analyze', () => client.query('vacuum (analyze)'));
await step('checking cooked HTML against the app', () => checkCooking(client));
await printCounts(client);
const totalSeconds = (performance.now() - started) / 1000;
console.log(`filled in ${(totalSeconds / 60).toFixed(1)} minutes (${totalSeconds.toFixed(0)} s)`);
console.log(
  `sign in as admin@bench.praxis.example, organiser1@bench.praxis.example, member7..20@bench.praxis.example or member1000@… with "${BENCH_PASSWORD}"`,
);
await client.end();
