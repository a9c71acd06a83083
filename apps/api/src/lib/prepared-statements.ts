import { createHash } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import { withLeanRows } from './prepared-rows.ts';

const byDatabase = new WeakMap<Db, Map<string, unknown>>();

/**
 * A hot read's drizzle statement, built and prepared once per database handle and name, then
 * executed with placeholders: drizzle otherwise builds each statement's SQL again on every
 * request, which a profile of the thread routes put at a fifth of the app's busy time. On
 * PostgreSQL the name is also the connection's prepared statement, parsed once per connection,
 * so one name must always stand for one SQL text: a statement whose text varies (with the
 * viewer's role, with the filters given) takes one name per variant. `build` is given the name
 * to prepare under: `statementName(name)`, which fits what PostgreSQL keeps of a name. A
 * transaction is a handle of its own and builds afresh (the connection keeps what it parsed).
 */
export function prepared<Statement>(db: Db, name: string, build: (name: string) => Statement) {
  let statements = byDatabase.get(db);
  if (!statements) {
    statements = new Map();
    byDatabase.set(db, statements);
  }
  let statement = statements.get(name) as Statement | undefined;
  if (!statement) {
    statement = withLeanRows(build(statementName(name)));
    statements.set(name, statement);
  }
  return statement;
}

/** 22 characters of a text's SHA-256: a name part that stands for the whole text. */
export const shortHash = (text: string) =>
  createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** drizzle's own builder and session behind a handle: it has no public call to name a statement. */
export const internalsOf = (db: Db) => db as unknown as { dialect: PgDialect; session: PgSession };

/** PostgreSQL keeps the first 63 bytes of a name (NAMEDATALEN - 1). */
const MAX_NAME_BYTES = 63;

/**
 * The name PostgreSQL is given for `name`: itself if it fits, else its start and a hash of the
 * whole. PostgreSQL cuts a longer name short, so two variants that differ only past the cut
 * (the directory's page with four filters, and with a fifth) would be one statement to it, and
 * the second would be refused as already prepared.
 */
export function statementName(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const hash = shortHash(name);
  return `${name.slice(0, MAX_NAME_BYTES - hash.length - 1)}.${hash}`;
}

/**
 * A statement written as SQL (an `insert … select` the query builder cannot say), prepared like
 * `prepared`'s: its `sql.placeholder`s are filled by `execute({ … })`. It goes the way
 * `db.execute` sends a statement, given a name: drizzle has no public call for that.
 */
export function preparedSql(db: Db, name: string, build: () => SQL) {
  return prepared(db, name, (statement) => {
    const { dialect, session } = internalsOf(db);
    return session.prepareQuery(dialect.sqlToQuery(build()), undefined, statement, false);
  });
}

/**
 * Decides which statement texts run as named prepared statements: a text named once it has come
 * `after` times (`nameFor` gives its name then, undefined before), so that PostgreSQL parses it
 * once per connection and, after a few runs, may keep a generic plan. A search's text follows its
 * shape (how many words, which filters, the viewer's role) and carries every value as a
 * parameter, so the common shapes recur; planning one cost more than running it. A connection
 * keeps what it parsed until it closes (a search's statement and its plan take up to about
 * 0.7 MB), so at most `max` texts are ever named, those that recurred first; the rest go
 * unnamed. The texts still being counted are forgotten past 1,000.
 */
export function textNamer({ max, after }: { max: number; after: number }) {
  const named = new Set<string>();
  const seen = new Map<string, number>();
  /** The name to run `name`'s text under, or undefined while it has not recurred (or no room). */
  function nameFor(name: string): string | undefined {
    if (named.has(name)) return name;
    if (named.size >= max) return undefined;
    const times = (seen.get(name) ?? 0) + 1;
    if (times < after) {
      if (seen.size >= 1000) seen.clear();
      seen.set(name, times);
      return undefined;
    }
    seen.delete(name);
    named.add(name);
    return name;
  }
  return {
    nameFor,
    /** How many texts have been named. */
    get size() {
      return named.size;
    },
  };
}

export type TextNamer = ReturnType<typeof textNamer>;

/**
 * The placeholder `name` as a uuid[], for `= any(…)`: an `in (…)` list has one parameter per id,
 * so its text changes with the number of ids and cannot be prepared.
 */
export const uuidArray = (name: string): SQL => sql`${sql.placeholder(name)}::uuid[]`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The value of a `uuidArray` placeholder: an array literal, which both drivers send as text.
 * Every id is checked, so that none can carry a comma or a brace into another element.
 */
export function uuidArrayValue(ids: readonly string[]): string {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`not a uuid: ${JSON.stringify(id)}`);
  return `{${ids.join(',')}}`;
}
