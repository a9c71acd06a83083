import { sql } from 'drizzle-orm';
import type { Db } from '../client.ts';

/** What a table holds, reduced to something two databases can be compared by. */
export interface TableFingerprint {
  /** The columns the hash covers, in their order in the table. */
  columns: string[];
  rows: number;
  /** md5 of every row's text, in text order: equal only if every value is. */
  hash: string;
}

/** Keyed by `schema.table`. */
export type Fingerprints = Record<string, TableFingerprint>;

// The app's tables and drizzle's record of applied migrations: a copy that lost the latter would
// run every migration again on its first start.
const SCHEMAS = ['public', 'drizzle'];

/**
 * Row count and content hash of every table, over its stored columns: generated ones (the search
 * documents) are computed from the others, and a migration may change how. Given `columnsOf` (an earlier result), each table
 * is hashed over those columns only, so a database from before an upgrade can be compared with
 * itself after it: columns a migration added are left out, and one it dropped shows as missing.
 */
export async function fingerprintTables(db: Db, columnsOf?: Fingerprints): Promise<Fingerprints> {
  const tables = await rows<{ schema: string; name: string; columns: string[] }>(
    db,
    sql`select c.table_schema as schema, c.table_name as name,
          array_agg(c.column_name::text order by c.ordinal_position) as columns
        from information_schema.columns c
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
        where t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
          and c.table_schema in (${sql.join(
            SCHEMAS.map((schema) => sql`${schema}`),
            sql`, `,
          )})
        group by c.table_schema, c.table_name
        order by 1, 2`,
  );
  const fingerprints: Fingerprints = {};
  for (const table of tables) {
    const key = `${table.schema}.${table.name}`;
    const columns = columnsOf ? (columnsOf[key]?.columns ?? []) : table.columns;
    if (columnsOf && !columnsOf[key]) continue;
    const missing = columns.filter((column) => !table.columns.includes(column));
    if (missing.length > 0) {
      fingerprints[key] = { columns, rows: -1, hash: `missing columns: ${missing.join(', ')}` };
      continue;
    }
    const list = sql.raw(columns.map((column) => `"${column}"`).join(', '));
    const from = sql.raw(`"${table.schema}"."${table.name}"`);
    const [result] = await rows<{ rows: number; hash: string }>(
      db,
      sql`select count(*)::int as rows,
            md5(coalesce(string_agg(r::text, ',' order by r::text), '')) as hash
          from (select ${list} from ${from}) r`,
    );
    fingerprints[key] = { columns, rows: result?.rows ?? 0, hash: result?.hash ?? '' };
  }
  return fingerprints;
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
