import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { createDb, type Database, type Db, migrationsFolder, openPglite } from '../client.ts';
import { createScratchDatabase } from './test-database.ts';

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

/** The committed migrations, oldest first, as drizzle-kit's journal lists them. */
export async function committedMigrations(): Promise<JournalEntry[]> {
  const journal = JSON.parse(
    await readFile(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: JournalEntry[] };
  return journal.entries;
}

/**
 * An empty database, not migrated: an in-memory PGlite, or a new database on the server
 * `TEST_DATABASE_URL` names (dropped on close).
 */
export async function createBlankDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return createDb({ pglite: openPglite() });
  const scratch = await createScratchDatabase(serverUrl);
  const database = createDb({ databaseUrl: scratch.url, poolSize: 2 });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

/**
 * Applies only the first `count` committed migrations, as a release that shipped those would
 * have: drizzle's migrator reads a copy of the folder whose journal stops there.
 */
export async function migrateFirst(database: Database, count: number): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'praxis-migrations-'));
  try {
    await cp(migrationsFolder, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
      entries: JournalEntry[];
    };
    journal.entries = journal.entries.slice(0, count);
    await writeFile(journalFile, JSON.stringify(journal));
    if (database.driver === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Copies every row of `source`'s tables into the same tables of `target`, over the columns both
 * have (a generated column is computed again). Foreign keys are not checked while copying, so
 * tables go in any order; the rows came from a consistent database.
 */
export async function copyRows(source: Db, target: Db): Promise<void> {
  const targetColumns = await writableColumns(target);
  const sourceColumns = await writableColumns(source);
  await target.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const [table, columns] of targetColumns) {
      const shared = columns.filter((column) => sourceColumns.get(table)?.includes(column));
      if (shared.length === 0) continue;
      const list = sql.raw(shared.map((column) => `"${column}"`).join(', '));
      const name = sql.raw(`"${table}"`);
      const result = (await source.execute(
        sql`select coalesce(json_agg(t), '[]'::json)::text as rows from (select ${list} from ${name}) t`,
      )) as unknown as { rows: { rows: string }[] };
      const rows = result.rows[0]?.rows ?? '[]';
      if (rows === '[]') continue;
      await tx.execute(
        sql`insert into ${name} (${list})
            select ${list} from json_populate_recordset(null::${name}, ${rows}::json)`,
      );
    }
  });
}

async function writableColumns(db: Db): Promise<Map<string, string[]>> {
  const result = (await db.execute(sql`
    select c.table_name as table, array_agg(c.column_name::text order by c.ordinal_position) as columns
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
    group by c.table_name
    order by c.table_name`)) as unknown as { rows: { table: string; columns: string[] }[] };
  return new Map(result.rows.map((row) => [row.table, row.columns]));
}
