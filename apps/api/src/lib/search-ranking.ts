import { type SQL, sql } from 'drizzle-orm';
import { placeholder } from './shaped-statements.ts';

// How searches cut and page what they rank: the candidates each source hands over (the latest
// matches, found without ranking them all), and where a page of ranked hits ends.

/**
 * Where a page of ranked hits ended: the words the last hit held, its rank (a float4, so that
 * the number read back from a cursor compares equal), a time in epoch microseconds (its tie
 * breaker after the rank, later first) and its id (ascending, for hits equal in all the rest).
 */
export interface RankedPosition {
  words: number;
  rank: number;
  at: number;
  id: string;
}

/** The ranked position a hit's row holds in its columns words, rank, at and id. */
export const rankedPositionOf = (row: Record<string, unknown>): RankedPosition => ({
  words: Number(row.words),
  rank: Number(row.rank),
  at: Number(row.at),
  id: String(row.id),
});

/** A time column as whole epoch microseconds: exact, unlike a JavaScript Date. */
export function epochMicros(time: SQL): SQL {
  return sql`(extract(epoch from ${time}) * 1000000)::bigint`;
}

/**
 * The rows after `after` (values, or placeholders: rankedPlaceholders) in the order words desc,
 * rank desc, at desc, id asc.
 */
export function afterRanked(
  after: { [Key in keyof RankedPosition]: RankedPosition[Key] | SQL },
  key: { words: SQL; rank: SQL; at: SQL; id: SQL },
): SQL {
  const { words, rank, at, id } = key;
  return sql`(${words} < ${after.words} or (${words} = ${after.words} and (${rank} < ${after.rank}::real or (${rank} = ${after.rank}::real and (${at} < ${after.at}::bigint or (${at} = ${after.at}::bigint and ${id} > ${after.id}::uuid))))))`;
}

/** A ranked position's placeholders, named afterWords, afterRank, afterAt and afterId. */
export const rankedPlaceholders = () => ({
  words: placeholder('afterWords'),
  rank: placeholder('afterRank'),
  at: placeholder('afterAt'),
  id: placeholder('afterId'),
});

/** The values of rankedPlaceholders for `after`, if any. */
export const rankedValues = (after: RankedPosition | null) => ({
  afterWords: after?.words,
  afterRank: after?.rank,
  afterAt: after?.at,
  afterId: after?.id,
});

/**
 * How many of a table's newest rows (or of a room's) a search reads first for its latest matches.
 * Only when these hold too few (the words are rare) does it ask the GIN index, for at most
 * GIN_MATCHES times as many as it wants, in whatever order the index gives them: reading a window
 * costs the same whatever the words, where walking a recency index until enough rows match reads
 * a whole table for a rare word, and taking every match the index finds a third of it for a
 * common one.
 */
export const RECENT_WINDOW = 2000;
const GIN_MATCHES = 20;

/**
 * SQL selecting the ids of the latest `limit` rows of `table` (as `alias`, joined by `joins`) that
 * meet `where`, newest first by `at` then id: among `recent` (a subquery of the newest rows, a
 * few RECENT_WINDOWs at most) when they hold enough, else among the index's matches. The second
 * query runs only when the first fell short.
 */
export function latestMatchIds(source: {
  recent: SQL;
  table: SQL;
  alias: SQL;
  joins: SQL;
  where: SQL;
  at: SQL;
  limit: number;
}): SQL {
  const { recent, table, alias, joins, where, at, limit } = source;
  return sql`(with recent as materialized (
      select ${alias}.id from ${recent} ${alias} ${joins}
       where ${where} order by ${at} desc, ${alias}.id desc limit ${limit}
    ),
    indexed as materialized (
      select ${alias}.id, ${at} as at from ${table} ${alias} ${joins}
       where ${where} limit ${limit * GIN_MATCHES}
    )
    select id from recent
    union all
    (select id from indexed where (select count(*) from recent) < ${limit}
      order by at desc, id desc limit ${limit}))`;
}
