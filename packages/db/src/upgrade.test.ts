import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from './client.ts';
import { seedDemo } from './seed/demo.ts';
import {
  committedMigrations,
  copyRows,
  createBlankDatabase,
  migrateFirst,
} from './testing/older-schema.ts';
import { type Fingerprints, fingerprintTables } from './testing/table-fingerprints.ts';
import { createTestDatabase } from './testing/test-database.ts';

// The previous release is taken to end one migration before the newest, whatever that is, so
// this test always checks the latest step; a release that adds several migrations is covered one
// step at a time, as each lands. The test prints which step it checked.
const NEWEST_STEPS = 1;

// The seed cooks Markdown with the API's renderer; escaped text is as good a value to carry.
const cookPlain = (source: string) =>
  `<p>${source.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;

const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
});

describe('upgrading a database from the previous release', () => {
  it('applies the newest migrations and keeps every row and value of every table', async () => {
    const migrations = await committedMigrations();
    const previousCount = migrations.length - NEWEST_STEPS;
    expect(previousCount).toBeGreaterThan(0);

    // The demo network, written by today's seed, then carried into the older schema by SQL over
    // the columns that schema has: the seed itself only knows today's tables.
    const current = await createTestDatabase();
    opened.push(current);
    await seedDemo(current.db, 'not-a-password-hash', cookPlain);
    const older = await createBlankDatabase();
    opened.push(older);
    await migrateFirst(older, previousCount);
    await copyRows(current.db, older.db);

    const before = await fingerprintTables(older.db);
    const filled = Object.values(appTables(before)).filter((table) => table.rows > 0);
    expect(filled.length).toBeGreaterThanOrEqual(15);

    await older.migrate();

    const after = await fingerprintTables(older.db, before);
    expect(appTables(after)).toEqual(appTables(before));
    const applied = await older.db.execute(
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect((applied as unknown as { rows: { count: number }[] }).rows[0]?.count).toBe(
      migrations.length,
    );
    const rows = filled.reduce((sum, table) => sum + table.rows, 0);
    console.info(
      `upgrade: ${migrations[previousCount - 1]?.tag} → ${migrations.at(-1)?.tag}, ` +
        `${filled.length} tables holding ${rows} rows kept`,
    );
  });
});

// drizzle's own table gains a row per migration applied; it is checked by count instead.
function appTables(fingerprints: Fingerprints): Fingerprints {
  return Object.fromEntries(
    Object.entries(fingerprints).filter(([table]) => table.startsWith('public.')),
  );
}
