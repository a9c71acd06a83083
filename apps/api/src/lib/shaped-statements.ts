import type { Db } from '@praxis/db/client';
import { is, Placeholder, type SQL, sql } from 'drizzle-orm';
import type { SelectedFieldsOrdered } from 'drizzle-orm/pg-core/query-builders/select.types';
import { withLeanRows } from './prepared-rows.ts';
import {
  internalsOf,
  shortHash,
  statementName,
  type TextNamer,
  textNamer,
} from './prepared-statements.ts';

// Statements whose text follows a shape: see shapedStatement.

/** A value of a shaped statement: the placeholder `name`, filled by each call's values. */
export const placeholder = (name: string): SQL => sql`${sql.placeholder(name)}`;

/** The searches' statements are named by their text once it has come three times (`textNamer`). */
export const searchNamer = textNamer({ max: 24, after: 3 });

/** A shape's statement as built: its text, its parameters and the name it would run under. */
interface Built {
  sql: string;
  params: unknown[];
  name: string;
  /** The placeholders the text uses: each call must give each a value. */
  needs: string[];
}

interface ShapeOptions {
  /** Names the texts that recur (textNamer). */
  namer: TextNamer;
  /** How many shapes stay built. */
  kept?: number;
  /**
   * Builds the statement again on every call and refuses one whose text or fixed values differ
   * from the kept one: a builder that read anything but its shape. On under tests
   * (verifyShapedStatements).
   */
  verify?: boolean;
}

let verifyingAll = false;

/** Has every shaped statement check its builder on each call (`verify`): the tests' setup calls it. */
export function verifyShapedStatements() {
  verifyingAll = true;
}

/**
 * The statements built for the `kept` shapes used last (plain data, compared as JSON). Each
 * call's values are checked against what the text uses: a placeholder left undefined would go
 * out as null, which a condition such as "the viewer's cohort" must never be given unawares.
 */
function shapeCache<Entry extends Built>(prefix: string, { kept = 200, verify }: ShapeOptions) {
  const entries = new Map<string, Entry>();
  const verifying = () => verify ?? verifyingAll;
  return (shape: unknown, values: Record<string, unknown>, make: () => Entry): Entry => {
    const key = JSON.stringify(shape);
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      if (verifying() && fixedParts(make()) !== fixedParts(entry)) {
        throw new Error(`${prefix}: one shape built two texts; build must read its shape alone`);
      }
    } else {
      entry = make();
      if (entries.size >= kept) entries.delete(entries.keys().next().value ?? '');
    }
    entries.set(key, entry);
    for (const name of entry.needs) {
      if (values[name] === undefined) throw new Error(`${prefix}: no value for "${name}"`);
    }
    return entry;
  };
}

const fixedParts = ({ sql, params }: Built) =>
  JSON.stringify([sql, params.map((param) => (is(param, Placeholder) ? param.name : param))]);

/** The parts of a built statement, named after its text. */
function built(prefix: string, text: string, params: unknown[]): Built {
  const needs = params.flatMap((param) => (is(param, Placeholder) ? [param.name] : []));
  return { sql: text, params, name: statementName(`${prefix}.${shortHash(text)}`), needs };
}

/**
 * A written statement whose text follows a shape alone (plain data: how many words, which
 * filters, the viewer's role) and whose every value is a `placeholder`: `build(shape)` runs once
 * per shape, and each call only fills the placeholders with `values`. drizzle otherwise builds a
 * search's text anew for every request, its largest cost in the app's process. `build` is given
 * the shape and nothing else, so that the text is the shape's; what it writes in other than
 * placeholders (constants such as a limit) is kept with the text, and tests check that a shape
 * always builds the same (`verify`). The shape is compared as JSON, so it must hold plain data.
 * Unlike `prepared`, this holds in a transaction too (the text is kept, not the statement).
 */
export function shapedStatement<Shape>(
  prefix: string,
  build: (shape: Shape) => SQL,
  options: ShapeOptions,
) {
  const cache = shapeCache<Built>(prefix, options);
  return async (
    db: Db,
    shape: Shape,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]> => {
    const { dialect, session } = internalsOf(db);
    const entry = cache(shape, values, () => {
      const query = dialect.sqlToQuery(build(shape));
      return built(prefix, query.sql, query.params);
    });
    const result = await session
      .prepareQuery(entry, undefined, options.namer.nameFor(entry.name), false)
      .execute(values);
    // Both drivers answer a written statement with its rows under `rows`.
    return (result as unknown as { rows: Record<string, unknown>[] }).rows;
  };
}

/** What a drizzle prepared select holds of its statement (not part of drizzle's public types). */
interface PreparedParts {
  queryString: string;
  params: unknown[];
  fields: SelectedFieldsOrdered;
  joinsNotNullableMap?: Record<string, boolean>;
}

/**
 * `shapedStatement` for a query builder's select: `build(db, shape)` gives the select (`db` only
 * to start the builder from: the text is kept for every handle), and its rows come mapped to its
 * columns as a prepared select's do.
 */
export function shapedSelect<Shape, Row>(
  prefix: string,
  build: (db: Db, shape: Shape) => { prepare(name: string): { execute(): Promise<Row[]> } },
  options: ShapeOptions,
) {
  type Entry = Built & Pick<PreparedParts, 'fields' | 'joinsNotNullableMap'>;
  const cache = shapeCache<Entry>(prefix, options);
  return async (db: Db, shape: Shape, values: Record<string, unknown>): Promise<Row[]> => {
    const entry = cache(shape, values, () => {
      const parts = build(db, shape).prepare('') as unknown as PreparedParts;
      const { fields, joinsNotNullableMap } = parts;
      return { ...built(prefix, parts.queryString, parts.params), fields, joinsNotNullableMap };
    });
    const statement = internalsOf(db).session.prepareQuery(
      entry,
      entry.fields,
      options.namer.nameFor(entry.name),
      true,
    ) as unknown as PreparedParts & { execute(values: Record<string, unknown>): Promise<Row[]> };
    statement.joinsNotNullableMap = entry.joinsNotNullableMap;
    return withLeanRows(statement).execute(values);
  };
}
