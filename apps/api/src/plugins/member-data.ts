import type { Db } from '@praxis/db/client';
import { type Column, eq, getTableName, type Table } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * What becomes of a deleted member's posts: kept and shown as a former member's, or erased
 * (their replies leave a "deleted" placeholder; a thread others replied to keeps their replies).
 */
export type ErasureMode = 'keep_posts' | 'erase_posts';

/** A file of the export besides the JSON: a picture, an attachment, a calendar. */
export interface ExportFile {
  /** Its path in the zip, under the area's folder. */
  path: string;
  content: Uint8Array | string;
}

export interface AreaExport {
  /** Rows about the member, by table name, as JSON-ready objects (camelCase keys). */
  tables: Record<string, Record<string, unknown>[]>;
  files?: ExportFile[];
}

/**
 * One module's part of a member's data rights: every table it owns that names a member, what an
 * export holds of them, and how a deletion leaves none of their personal data.
 */
export interface MemberDataArea {
  /** The area's file in the export: `<name>.json`, and its folder for files. */
  name: string;
  /**
   * `table.column` of every column of the area's tables that holds a member's id. The
   * completeness test fails for a column the database has and no area lists.
   */
  columns: readonly string[];
  /**
   * Columns that still name the member after the erasure, on purpose: their rows hold no
   * personal data any more (a kept post's author, shown as a former member; the erased account's
   * own row). The completeness test accepts rows there and nowhere else.
   */
  keeps?: readonly string[];
  export(db: Db, memberId: string): Promise<AreaExport>;
  /**
   * At once, when the account is deleted, in the deletion's transaction: takes down what others
   * must no longer see or reach (direct messages, posts to erase, sessions).
   */
  withdraw?(tx: Db, memberId: string, mode: ErasureMode): Promise<void>;
  /** When the grace period ends, in one transaction with the other areas: the hard delete. */
  erase(tx: Db, memberId: string, mode: ErasureMode): Promise<void>;
}

export interface MemberDataRegistry {
  /** Areas run in the order they were registered: the account's own row comes last. */
  register(...areas: MemberDataArea[]): void;
  areas(): readonly MemberDataArea[];
}

declare module 'fastify' {
  interface FastifyInstance {
    memberData: MemberDataRegistry;
  }
}

/** Keys an export never shows: secrets (hashes, keys) and what is derived (search documents). */
const UNEXPORTED = new Set([
  'passwordHash',
  'tokenHash',
  'search',
  'content',
  'thumbnail',
  'p256dh',
  'auth',
]);

/** A row as the export shows it: dates as ISO strings, bytes and secrets left out. */
export function exportRow(row: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (UNEXPORTED.has(key) || value instanceof Uint8Array) continue;
    shown[key] = value instanceof Date ? value.toISOString() : value;
  }
  return shown;
}

/**
 * The rows of several tables where a column names the member, keyed by table name. Rows found
 * through two columns of one table (flags raised and resolved) are listed once.
 */
export async function rowsNaming(
  db: Db,
  memberId: string,
  sources: readonly [Table, Column][],
): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [table, column] of sources) {
    const name = getTableName(table);
    const rows = (await db.select().from(table).where(eq(column, memberId))) as Record<
      string,
      unknown
    >[];
    const shown = rows.map(exportRow);
    const seen = new Set((tables[name] ?? []).map((row) => JSON.stringify(row)));
    tables[name] = [
      ...(tables[name] ?? []),
      ...shown.filter((row) => !seen.has(JSON.stringify(row))),
    ];
  }
  return tables;
}

/**
 * The registry of member data: modules register their areas, the data-rights feature runs them.
 * It names no module.
 */
export default fp(
  async function memberData(app: FastifyInstance) {
    const registered: MemberDataArea[] = [];
    app.decorate('memberData', {
      register(...areas) {
        for (const area of areas) {
          if (registered.some((other) => other.name === area.name)) {
            throw new Error(`member data area ${area.name} registered twice`);
          }
          registered.push(area);
        }
      },
      areas: () => registered,
    } satisfies MemberDataRegistry);
  },
  { name: 'member-data' },
);
