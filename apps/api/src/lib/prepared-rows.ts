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

const plans = new WeakMap<object, ColumnPlan[]>();

/**
 * The plan of a statement's selected fields, worked out once per fields list: a statement built
 * once per shape (shapedSelect) is prepared anew on each call, with the same fields.
 */
function planFor(fields: { path: string[]; field: unknown }[]): ColumnPlan[] {
  let plan = plans.get(fields);
  if (!plan) {
    plan = planOf(fields);
    plans.set(fields, plan);
  }
  return plan;
}

/**
 * Turns one result row (an array) into the object drizzle would: the same paths, decoders and
 * rule for a left-joined table's object (null when its first selected column is null), worked
 * out once per statement rather than per cell.
 */
function rowMapper(plan: ColumnPlan[], joinsNotNullable: Record<string, boolean> | undefined) {
  return (row: unknown[]) => {
    const result: Record<string, unknown> = {};
    let nullify: Record<string, string | false> | undefined;
    for (let index = 0; index < plan.length; index += 1) {
      const { path, decode, table } = plan[index] as ColumnPlan;
      const raw = row[index];
      const value = raw === null ? null : decode ? decode(raw) : raw;
      let node = result;
      const last = path.length - 1;
      for (let depth = 0; depth < last; depth += 1) {
        const key = path[depth] as string;
        let child = node[key] as Record<string, unknown> | undefined;
        if (child === undefined) {
          child = {};
          node[key] = child;
        }
        node = child;
      }
      node[path[last] as string] = value;
      if (joinsNotNullable && table !== null) {
        nullify ??= {};
        const object = path[0] as string;
        if (!(object in nullify)) nullify[object] = value === null ? table : false;
        else if (typeof nullify[object] === 'string' && nullify[object] !== table) {
          nullify[object] = false;
        }
      }
    }
    if (nullify) {
      for (const [object, table] of Object.entries(nullify)) {
        if (typeof table === 'string' && !joinsNotNullable?.[table]) result[object] = null;
      }
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
 * without `returning`, a relational query, another driver) is returned as it is.
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
  const { client, queryString, queryConfig, logger } = query;
  const mapRow = rowMapper(planFor(query.fields), query.joinsNotNullableMap);
  const send =
    driver === 'NodePgPreparedQuery'
      ? (params: unknown[]) => client.query(queryConfig, params)
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
