import {
  Column,
  DrizzleQueryError,
  entityKind,
  fillPlaceholders,
  getTableName,
  is,
  SQL,
  Subquery,
} from 'drizzle-orm';
import { type ArrayRowsStatement, type PgClient, queryArrayRows } from './array-rows-query.ts';

/** How one selected column turns into a value of the row: where it goes and how it is decoded. */
interface ColumnPlan {
  path: string[];
  /** Undefined when the driver's value is kept as it is. */
  decode: ((value: unknown) => unknown) | undefined;
  /** The column's table, for a joined table's object that may come back null. */
  table: string | null;
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** What a drizzle prepared select holds (not part of drizzle's public types). */
interface PreparedSelect {
  client: { query: (...args: unknown[]) => Promise<{ rows: unknown[][] }> };
  queryString: string;
  params: unknown[];
  logger: { logQuery(query: string, params: unknown[]): void };
  cache: unknown;
  fields?: { path: string[]; field: unknown }[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: unknown;
  queryConfig: object;
  execute(values?: Record<string, unknown>): Promise<unknown>;
}

const DRIVERS = new Set(['NodePgPreparedQuery', 'PglitePreparedQuery']);
const kindOf = (value: unknown) =>
  (value as { constructor?: Record<symbol, unknown> } | null)?.constructor?.[entityKind];
const keepsValue = (decode: (value: unknown) => unknown) =>
  decode === Column.prototype.mapFromDriverValue;

function planOf(fields: { path: string[]; field: unknown }[]): ColumnPlan[] {
  return fields.map(({ path, field }) => {
    // A statement's own decoder (`mapWith`) is internal to drizzle's types.
    const decoderOf = (statement: SQL) => (statement as unknown as { decoder: Decoder }).decoder;
    const decoder: Decoder = is(field, Column)
      ? field
      : is(field, SQL)
        ? decoderOf(field)
        : is(field, Subquery)
          ? decoderOf(field._.sql as SQL)
          : decoderOf((field as SQL.Aliased).sql);
    const decode = decoder.mapFromDriverValue;
    return {
      path,
      decode: keepsValue(decode) ? undefined : decode.bind(decoder),
      table: is(field, Column) && path.length === 2 ? getTableName(field.table) : null,
    };
  });
}

/** Where each column goes in a row: nested objects whose leaves are column indexes. */
interface RowShape {
  [key: string]: number | RowShape;
}

/** The plan's paths as one nested shape, or null if they cannot all be written as literals. */
function shapeOf(plan: ColumnPlan[]): RowShape | null {
  // Without a prototype, so that a path named `constructor` is a path like any other.
  const node = (): RowShape => Object.create(null) as RowShape;
  const shape = node();
  for (const [index, { path }] of plan.entries()) {
    let at = shape;
    for (const [depth, key] of path.entries()) {
      // An object literal's `__proto__` sets the prototype instead of a property.
      if (key === '__proto__') return null;
      const child = at[key];
      if (depth === path.length - 1) {
        if (child !== undefined) return null;
        at[key] = index;
        break;
      }
      if (typeof child === 'number') return null;
      at[key] = child ?? node();
      at = at[key] as RowShape;
    }
  }
  return shape;
}

type RowBuilder = (row: unknown[]) => Record<string, unknown>;

/**
 * A function that builds a row's object from its array in one object literal: every row gets
 * all its properties at once, in the plan's order, where setting them one by one grew each
 * object's property store several times and left the old ones behind. Only the plan's paths
 * (escaped as JSON) and column indexes go into its text; the decoders are passed in. Null when
 * the paths cannot be written as one literal: a key `__proto__`, or paths that collide (which
 * drizzle's selects never give).
 */
function rowBuilder(plan: ColumnPlan[]): RowBuilder | null {
  const shape = shapeOf(plan);
  if (!shape) return null;
  const cell = (index: number) =>
    plan[index]?.decode
      ? `(row[${index}] === null ? null : decode[${index}](row[${index}]))`
      : `row[${index}]`;
  const literal = (node: RowShape): string =>
    `{${Object.entries(node)
      .map(
        ([key, child]) =>
          `${JSON.stringify(key)}: ${typeof child === 'number' ? cell(child) : literal(child)}`,
      )
      .join(', ')}}`;
  const decode = plan.map(({ decode }) => decode);
  // Code from text: it holds only JSON-escaped paths and column indexes, never a value.
  const build = new Function('decode', `'use strict'; return (row) => (${literal(shape)});`);
  return build(decode) as RowBuilder;
}

interface RowPlan {
  columns: ColumnPlan[];
  build: RowBuilder;
}

const rowPlans = new WeakMap<object, RowPlan | null>();

/**
 * The plan of a statement's selected fields and its row builder, worked out once per fields
 * list: a statement built once per shape (shapedSelect) is prepared anew on each call, with the
 * same fields. Null for fields whose rows this module does not build.
 */
function rowPlanFor(fields: { path: string[]; field: unknown }[]): RowPlan | null {
  let plan = rowPlans.get(fields);
  if (plan === undefined) {
    const columns = planOf(fields);
    const build = rowBuilder(columns);
    plan = build ? { columns, build } : null;
    rowPlans.set(fields, plan);
  }
  return plan;
}

/**
 * Turns one result row (an array) into the object drizzle would: the same paths, decoders and
 * rule for a left-joined table's object (null when its first selected column is null), worked
 * out once per statement rather than per cell.
 */
function rowMapper(
  { columns, build }: RowPlan,
  joinsNotNullable: Record<string, boolean> | undefined,
): RowBuilder {
  const joined = joinsNotNullable ? columns.filter(({ table }) => table !== null) : [];
  if (!joinsNotNullable || joined.length === 0) return build;
  return (row: unknown[]) => {
    const result = build(row);
    // A joined table's object is null when its first selected column is, and every column of
    // the object comes from that one table.
    const nullify: Record<string, string | false> = {};
    for (const { path, table } of joined) {
      // A joined table's column always has a two-part path: its object, then its key.
      const [object, key] = path as [string, string];
      const value = (result[object] as Record<string, unknown>)[key];
      if (!(object in nullify)) nullify[object] = value === null ? (table as string) : false;
      else if (typeof nullify[object] === 'string' && nullify[object] !== table) {
        nullify[object] = false;
      }
    }
    for (const [object, table] of Object.entries(nullify)) {
      if (typeof table === 'string' && !joinsNotNullable[table]) result[object] = null;
    }
    return result;
  };
}

/**
 * Gives a drizzle prepared select a leaner `execute`, with the same answer: the statement goes
 * to the driver as drizzle sends it (same name, text and type parsers), and each row is mapped
 * by a plan made once, where drizzle checks every cell's column kind again and leaves an
 * iterator and an array per cell. drizzle's tracing spans and its query cache (none is
 * configured) are left out; a failure is wrapped as drizzle wraps it. Anything else (a write
 * without `returning`, a relational query, another driver, a select keyed `__proto__`) is
 * returned as it is.
 */
export function withLeanRows<Statement>(statement: Statement): Statement {
  const query = statement as unknown as PreparedSelect;
  const driver = kindOf(statement);
  if (
    typeof driver !== 'string' ||
    !DRIVERS.has(driver) ||
    !query.fields ||
    query.customResultMapper ||
    (query.cache !== undefined && kindOf(query.cache) !== 'NoopCache')
  ) {
    return statement;
  }
  const plan = rowPlanFor(query.fields);
  if (!plan) return statement;
  const { client, queryString, queryConfig, logger } = query;
  const mapRow = rowMapper(plan, query.joinsNotNullableMap);
  const send =
    driver === 'NodePgPreparedQuery'
      ? (params: unknown[]) =>
          queryArrayRows(client as unknown as PgClient, queryConfig as ArrayRowsStatement, params)
      : (params: unknown[]) => client.query(queryString, params, queryConfig);
  query.execute = async (values = {}) => {
    const params = fillPlaceholders(query.params, values);
    logger.logQuery(queryString, params);
    let rows: unknown[][];
    try {
      ({ rows } = await send(params));
    } catch (error) {
      throw new DrizzleQueryError(queryString, params, error as Error);
    }
    return rows.map(mapRow);
  };
  return statement;
}
