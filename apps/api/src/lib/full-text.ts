import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../app-error.ts';
import { preparedSql } from './prepared-statements.ts';
import { placeholder } from './shaped-statements.ts';

// Every text is indexed in the configuration of its language (praxis_search_config: English and
// French stemmed, the rest simple, accents folded in all), so a word searched for is looked up
// in all three: one query finds a text in any language.
const CONFIGURATIONS = sql`array['praxis_english', 'praxis_french', 'praxis_simple']::regconfig[]`;

/** More words than this in one search are ignored, and longer words are no words. */
const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 60;
/**
 * At most this many words are looked for (those after a minus aside): every word is a prefix in
 * three configurations, and each one more widens what the index hands over and what each
 * candidate is checked against. A deliberate limit, from the security review of search.
 */
export const MAX_WANTED_TERMS = 6;
/**
 * The search and the directory each answer a member at most this often, in place of the API's
 * wider limit: each search costs the database far more than a page read. Counted per member, as
 * the global limit does, and refused with the same translated 429.
 */
export const SEARCH_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };
/** Shorter words match only whole: "of" or "na" must not find every word starting so. */
const MIN_PREFIX_LENGTH = 3;
/**
 * A search statement taking longer than this is cancelled and the search refused (503), so that
 * no one keeps the database busy with searches; a normal search takes a few tens of milliseconds.
 */
const SEARCH_STATEMENT_TIMEOUT = '3s';

// Markers no one types, around the matched words: a snippet goes out as text pieces split at
// them, never as HTML.
export const MARK_START = '\u27e6';
export const MARK_STOP = '\u27e7';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** A snippet of `document` around the words of `query`, cut in the text's configuration. */
export function snippetSql(config: SQL, document: SQL, query: SQL): SQL {
  return sql`ts_headline(${config}, ${document}, ${query}, ${HEADLINE_OPTIONS})`;
}

/** A word of a search; an excluded one ("-tuzla") must not be in what is found. */
export interface SearchWord {
  word: string;
  excluded: boolean;
}

/**
 * The words of a search as someone typed it: runs of letters and digits in any script,
 * lower-cased, each once, single letters dropped; those of a piece written with a leading minus
 * are excluded. Nothing else of the input (quotes, operators) reaches a tsquery.
 */
export function searchWords(text: string): SearchWord[] {
  const words = new Map<string, boolean>();
  for (const piece of text.normalize('NFC').toLowerCase().split(/\s+/)) {
    const excluded = piece.startsWith('-');
    for (const word of piece.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? []) {
      const counts = word.length <= MAX_WORD_LENGTH && (word.length > 1 || /\p{N}/u.test(word));
      if (counts && !words.has(word)) words.set(word, excluded);
    }
  }
  return [...words].slice(0, MAX_WORDS).map(([word, excluded]) => ({ word, excluded }));
}

/** One word of a search, and the text of the tsquery that finds it in any language. */
export interface SearchTerm extends SearchWord {
  query: string;
}

/**
 * The terms of a search, in the order typed. A term's query is the OR of the word's English,
 * French and simple lexemes, each a prefix when the word is long enough ("saradnj" finds
 * "saradnja"). Stop words of English or French ("the", "de") are left out: they would find
 * everything, or nothing.
 */
export async function searchTerms(db: Db, text: string): Promise<SearchTerm[]> {
  const words = searchWords(text);
  if (!words.some((word) => !word.excluded)) return [];
  // Lexemes are quoted the way tsquery input wants (quotes doubled, backslashes escaped), so no
  // letter a lexeme holds can read as an operator.
  // Prepared once: every search asks it first, and planning it cost more than running it.
  const statement = preparedSql(
    db,
    'fullText.searchTerms',
    () => sql`
    select w.word, w.position,
           (select string_agg(distinct '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''')
                     || '''' || (case when char_length(w.word) >= ${MIN_PREFIX_LENGTH} then ':*' else '' end), ' | ')
              from unnest(${CONFIGURATIONS}) as config,
                   unnest(tsvector_to_array(to_tsvector(config, w.word))) as lexeme
           )::tsquery::text as query
      from unnest(${sql.placeholder('words')}::text[]) with ordinality as w(word, position)
     where to_tsvector('praxis_english', w.word) <> ''::tsvector
       and to_tsvector('praxis_french', w.word) <> ''::tsvector
     order by w.position
  `,
  );
  const result = await statement.execute({ words: words.map(({ word }) => word) });
  const rows = (result as unknown as { rows: { position: unknown; query: string | null }[] }).rows;
  let wanted = 0;
  return rows.flatMap((row) => {
    const word = words[Number(row.position) - 1];
    if (!word || !row.query) return [];
    if (!word.excluded && ++wanted > MAX_WANTED_TERMS) return [];
    return [{ ...word, query: String(row.query) }];
  });
}

/**
 * A term as the SQL helpers below take it: a statement built once per shape has a placeholder
 * for its query.
 */
export interface QueryTerm {
  excluded: boolean;
  query: string | SQL;
}

/** The tsquery of one term. */
export function termQuery(term: QueryTerm): SQL {
  return sql`${term.query}::tsquery`;
}

/** Terms as a statement's shape sees them: whether each is left out (their queries are values). */
export const termShapes = (terms: readonly SearchTerm[]) =>
  terms.map(({ excluded }) => ({ excluded }));

/**
 * The terms of a shape, each query the value named term0, term1, … (termValues): a placeholder,
 * or `value`'s SQL for that name.
 */
export const placeholderTerms = <Shape extends { excluded: boolean }>(
  shapes: readonly Shape[],
  value: (name: string) => SQL = placeholder,
) => shapes.map((shape, index) => ({ ...shape, query: value(`term${index}`) }));

/** The values of placeholderTerms' placeholders. */
export const termValues = (terms: readonly SearchTerm[]): Record<string, string> =>
  Object.fromEntries(terms.map((term, index) => [`term${index}`, term.query]));

/** The terms a document should hold: those not excluded. */
export function wantedTerms<Term extends QueryTerm>(terms: readonly Term[]): Term[] {
  return terms.filter((term) => !term.excluded);
}

/** A tsquery matching any of the wanted terms, for ranking and for cutting snippets. */
export function anyTermQuery(terms: readonly QueryTerm[]): SQL {
  const wanted = wantedTerms(terms);
  return wanted.length ? sql`(${sql.join(wanted.map(termQuery), sql` || `)})` : sql`''::tsquery`;
}

/** A tsquery matching all the given terms (none: nothing), for the index to find them together. */
export function allTermsQuery(terms: readonly QueryTerm[]): SQL {
  return terms.length ? sql`(${sql.join(terms.map(termQuery), sql` && `)})` : sql`''::tsquery`;
}

/**
 * Runs a search's queries in a transaction whose statements are cancelled after
 * SEARCH_STATEMENT_TIMEOUT; a cancelled one is answered as `unavailable` with a message saying
 * to search with fewer or longer words, never as a 500.
 */
export async function withSearchTimeout<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      // One round trip for all three: no parallel workers and no JIT either. Starting a worker
      // costs a search more than it saves on a few hundred candidates; JIT compiling a search's
      // many expressions took seconds, for a plan whose costs the rooms' rule inflates.
      await preparedSql(
        tx,
        'fullText.searchSettings',
        () =>
          sql`select set_config('statement_timeout', ${SEARCH_STATEMENT_TIMEOUT}, true), set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`,
      ).execute();
      return work(tx);
    });
  } catch (error) {
    if (isQueryCancelled(error)) throw new AppError('unavailable', msg('errors.search.tooSlow'));
    throw error;
  }
}

/** A statement cancelled by its timeout (SQLSTATE 57014), however the driver wrapped it. */
function isQueryCancelled(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 3; depth += 1) {
    if (typeof current === 'object' && 'code' in current && current.code === '57014') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * How many of the wanted terms a document holds, as an integer, or -1 when it holds an excluded
 * one: `matches(term)` says whether it holds a term (its search vector matches the term's query,
 * or whatever else counts).
 */
export function termsHeld<Term extends QueryTerm>(
  terms: readonly Term[],
  matches: (term: Term) => SQL,
): SQL {
  const excluded = terms.filter((term) => term.excluded);
  const count = sql.join(
    [
      sql`0`,
      ...wantedTerms(terms).map((term) => sql`(case when ${matches(term)} then 1 else 0 end)`),
    ],
    sql` + `,
  );
  if (excluded.length === 0) return sql`(${count})`;
  return sql`(case when ${sql.join(excluded.map(matches), sql` or `)} then -1 else ${count} end)`;
}

/**
 * How many terms a document must hold to be found: all of one or two; from three on, at least
 * half, so that one word the text does not use (a synonym, a word of another language) does not
 * hide it. The documents holding more come first.
 */
export function termsNeeded(terms: readonly QueryTerm[]): number {
  const wanted = wantedTerms(terms).length;
  return wanted <= 2 ? wanted : Math.ceil(wanted / 2);
}

/**
 * A tsquery that matches any of the text's words (stemmed as English and as French, and as
 * they are, accents folded, stop words dropped), or null when it has none; for matching
 * documents in any language that share words rather than all of them.
 */
export function anyWordQuery(text: SQL): SQL {
  return sql`(select string_agg(${quotedWord(sql`word`)}, ' | ')::tsquery from (${textWords(text, 128)}) as words)`;
}

/**
 * The distinct words of a text (column `word`), as anyWordQuery finds them, at most `limit`
 * (the first in alphabetical order): letters and digits only, so that each can be quoted into a
 * tsquery as it is.
 */
export function textWords(text: SQL, limit: number): SQL {
  return sql`select distinct word from unnest(${CONFIGURATIONS}) as config, unnest(tsvector_to_array(to_tsvector(config, ${text}))) as word where word ~ '^[[:alnum:]]+$' order by word limit ${sql.raw(String(limit))}`;
}

/** One word of textWords quoted as tsquery text. */
export function quotedWord(word: SQL): SQL {
  return sql`('''' || ${word} || '''')`;
}
