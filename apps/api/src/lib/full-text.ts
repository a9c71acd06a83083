import { type SQL, sql } from 'drizzle-orm';

/**
 * A tsquery that matches any of the text's words (stemmed, stop words dropped), or null when
 * it has none; for matching documents that share words rather than all of them.
 */
export function anyWordQuery(text: SQL): SQL {
  return sql`(select string_agg('''' || word || '''', ' | ')::tsquery from (select distinct word from unnest(tsvector_to_array(to_tsvector('english', ${text}))) as word where word ~ '^[[:alnum:]]+$' limit 64) as words)`;
}
