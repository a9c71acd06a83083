import { retryRead } from '@praxis/db/client';
import pg from 'pg';

type Callback = (error: unknown, result: unknown) => void;

/** A pool, or a client of its (a transaction's). */
export type PgClient = pg.Pool | pg.ClientBase;

/** What pg asks a statement's type parsers of (drizzle passes its own, dates kept as text). */
export interface TypeParsers {
  getTypeParser(oid: number, format?: string): (value: string) => unknown;
}

/** A prepared statement as drizzle hands it to pg. */
export interface ArrayRowsStatement {
  name?: string;
  text: string;
  types: TypeParsers;
}

/** The part of pg's Result this module sets: not in pg's published types. */
interface ResultInternals {
  fields: { dataTypeID: number; format?: string }[];
  _parsers: ((value: string) => unknown)[] | undefined;
  _types: TypeParsers;
}

/**
 * pg's result for rows taken as arrays. pg's own builds, for every result set, an empty row
 * object with one key per column (and a copy of it) for rows taken as objects, which rows taken
 * as arrays never use: a fifth of the time pg spent on a thread page's small results.
 */
class ArrayResult extends pg.Result {
  constructor(types: TypeParsers) {
    super('array', types as unknown as typeof pg.types);
  }

  addFields(fields: ResultInternals['fields']) {
    const result = this as unknown as ResultInternals;
    result.fields = fields;
    const parsers = new Array<(value: string) => unknown>(fields.length);
    for (let index = 0; index < fields.length; index += 1) {
      const field = fields[index] as ResultInternals['fields'][number];
      parsers[index] = result._types.getTypeParser(field.dataTypeID, field.format || 'text');
    }
    result._parsers = parsers;
  }
}

/**
 * pg's query for a prepared statement whose rows come as arrays. Given a config object, pg's
 * own copies it with every property descriptor on each run; given a text, it copies nothing,
 * and the name, the type parsers and the row mode are set here instead.
 */
class ArrayRowsQuery extends pg.Query {
  constructor({ name, text, types }: ArrayRowsStatement, values: unknown[]) {
    super(text, values);
    const result = new ArrayResult(types);
    Object.assign(this, { name, types, _rowMode: 'array', _result: result, _results: result });
  }
}

/**
 * Runs a prepared statement on a pool or a client (a transaction's), rows as arrays, as
 * `client.query({ ...statement, rowMode: 'array' }, values)` would, with less of pg's work. On a
 * pool, a read that lost its connection is sent once more, as the pool's own `query` does.
 */
export function queryArrayRows(
  client: PgClient,
  statement: ArrayRowsStatement,
  values: unknown[],
): Promise<{ rows: unknown[][] }> {
  const onPool = client instanceof pg.Pool;
  // A query keeps its callback and its results: each attempt gets a fresh one.
  const attempt = () =>
    new Promise<{ rows: unknown[][] }>((resolve, reject) => {
      const callback: Callback = (error, result) =>
        error ? reject(error) : resolve(result as { rows: unknown[][] });
      const query = new ArrayRowsQuery(statement, values);
      if (onPool) {
        // The pool runs it on a client of its own and releases that client, then calls back.
        (client.query as (query: unknown, callback: Callback) => void)(query, callback);
      } else {
        Object.assign(query, { callback });
        client.query(query);
      }
    });
  // A transaction's statements cannot move to another connection.
  return onPool ? retryRead(statement, attempt) : attempt();
}
