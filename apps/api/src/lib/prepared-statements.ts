import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';

const byDatabase = new WeakMap<Db, Map<string, unknown>>();

/**
 * A hot read's drizzle statement, built and prepared once per database handle and name, then
 * executed with placeholders: drizzle otherwise builds each statement's SQL again on every
 * request, which a profile of the thread routes put at a fifth of the app's busy time. On
 * PostgreSQL the name is also the connection's prepared statement, parsed once per connection,
 * so one name must always stand for one SQL text: a statement whose text varies (with the
 * viewer's role, with the filters given) takes one name per variant. A transaction is a handle
 * of its own and prepares afresh.
 */
export function prepared<Statement>(db: Db, name: string, build: (name: string) => Statement) {
  let statements = byDatabase.get(db);
  if (!statements) {
    statements = new Map();
    byDatabase.set(db, statements);
  }
  let statement = statements.get(name) as Statement | undefined;
  if (!statement) {
    statement = build(name);
    statements.set(name, statement);
  }
  return statement;
}

/**
 * A statement written as SQL (an `insert … select` the query builder cannot say), prepared like
 * `prepared`'s: its `sql.placeholder`s are filled by `execute({ … })`. It goes the way
 * `db.execute` sends a statement, given a name: drizzle has no public call for that.
 */
export function preparedSql(db: Db, name: string, build: () => SQL) {
  return prepared(db, name, () => {
    const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
    return session.prepareQuery(dialect.sqlToQuery(build()), undefined, name, false);
  });
}

/**
 * The placeholder `name` as a uuid[], for `= any(…)`: an `in (…)` list has one parameter per id,
 * so its text changes with the number of ids and cannot be prepared.
 */
export const uuidArray = (name: string): SQL => sql`${sql.placeholder(name)}::uuid[]`;

/** The value of a `uuidArray` placeholder: an array literal, which both drivers send as text. */
export const uuidArrayValue = (ids: readonly string[]) => `{${ids.join(',')}}`;
