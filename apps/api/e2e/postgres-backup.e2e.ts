import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDb, type Database } from '@praxis/db/client';
import { seedDemo } from '@praxis/db/seed';
import { createMember } from '@praxis/db/testing/factories';
import { type Fingerprints, fingerprintTables } from '@praxis/db/testing/table-fingerprints';
import { createScratchDatabase } from '@praxis/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookMarkdown } from '../src/markdown.ts';

// The README's backup of a PostgreSQL deployment, with PostgreSQL's own client programs (as
// `docker compose exec postgres pg_dump …` runs them). Needs a server database.
function serverDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'This test backs up a PostgreSQL database: set TEST_DATABASE_URL (see README).',
    );
  }
  return url;
}

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
let scratch: string;
let dumpFile: string;
let original: Fingerprints;

async function openScratch(): Promise<{ url: string; database: Database }> {
  const scratchDatabase = await createScratchDatabase(serverDatabaseUrl());
  const database = createDb({ databaseUrl: scratchDatabase.url, poolSize: 2 });
  cleanups.push(async () => {
    await database.close();
    await scratchDatabase.drop();
  });
  return { url: scratchDatabase.url, database };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'praxis-pg-backup-'));
  dumpFile = join(scratch, 'praxis.dump');
  const source = await openScratch();
  await source.database.migrate();
  await seedDemo(source.database.db, 'not-a-password-hash', cookMarkdown);
  original = await fingerprintTables(source.database.db);
  await run('pg_dump', [
    '--format=custom',
    '--no-owner',
    `--dbname=${source.url}`,
    `--file=${dumpFile}`,
  ]);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(scratch, { recursive: true, force: true });
});

describe('pg_dump and pg_restore (PostgreSQL)', () => {
  it('restores the demo network into an empty database with every table equal', async () => {
    const target = await openScratch();
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, dumpFile]);

    expect(await fingerprintTables(target.database.db)).toEqual(original);
    expect(original['public.members']?.rows).toBe(73);
    expect(original['drizzle.__drizzle_migrations']?.rows).toBeGreaterThan(0);
    const filled = Object.values(original).filter((table) => table.rows > 0).length;
    console.info(`pg_dump round trip: ${Object.keys(original).length} tables, ${filled} with rows`);
  });

  it('replaces a database in use with --clean --if-exists, as the README restores one', async () => {
    const target = await openScratch();
    await target.database.migrate();
    // Another network's data, which the restore must replace rather than add to.
    await createMember(target.database.db, { email: 'someone.else@example.org', role: 'admin' });
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--exit-on-error',
      `--dbname=${target.url}`,
      dumpFile,
    ]);

    expect(await fingerprintTables(target.database.db)).toEqual(original);
  });
});
