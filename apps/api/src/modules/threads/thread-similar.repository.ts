import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import { anyWordQuery, quotedWord, textWords } from '../../lib/full-text.ts';
import { searchNamer, shapedStatement } from '../../lib/shaped-statements.ts';
import { threadVisibleTo } from './threads.visibility.ts';

// The threads like a title being typed, for the search module (through thread-search.service.ts),
// so that a member sees whether their question was asked before.

/**
 * How many of a title's words are looked up, and how many threads each hands over at most: any
 * that many of those holding it, in no particular order (ordering them would read them all). A
 * rare word hands over all of its threads. The words are those of textWords (a word stemmed in
 * English and in French may count twice) of three letters or more, the longest first: short
 * words ("of", "na") are the least telling and the most common.
 */
export const SIMILAR_WORDS = 12;
export const SIMILAR_PER_WORD = 100;

/** The statement of findSimilar, one per viewer's role. */
function buildSimilar({ role }: { role: AccountMember['role'] }): SQL {
  const title = sql`${sql.placeholder('title')}::text`;
  const visible = threadVisibleTo({ id: sql`${sql.placeholder('viewer')}::uuid`, role });
  return sql`
    with q as (select ${anyWordQuery(title)} as query),
    words as (
      select word from (${textWords(title, 128)}) as title_words where char_length(word) >= 3
       order by char_length(word) desc, word limit ${SIMILAR_WORDS}
    ),
    candidates as materialized (
      select distinct found.id from words cross join lateral (
        select "threads"."id" from threads
         where "threads"."search" @@ ${quotedWord(sql`words.word`)}::tsquery and ${visible}
         limit ${SIMILAR_PER_WORD}
      ) as found
    )
    select t.id from threads t, q
     where t.id in (select id from candidates)
     order by ts_rank(t.search, q.query) desc, t.last_activity_at desc, t.id
     limit ${sql.placeholder('limit')}
  `;
}

const similarStatement = shapedStatement('search.similar', buildSimilar, { namer: searchNamer });

/**
 * Threads whose words overlap a title being typed: any word counts (an "or" query), so that
 * "procurement pilot law" finds "Running a pilot under procurement rules". Each word hands over
 * at most SIMILAR_PER_WORD threads, which are then ranked: a title of common words shares one
 * with most threads, and ranking them all took a large network 170 ms; a rare word's threads
 * are all there.
 */
export async function findSimilar(db: Db, viewer: AccountMember, title: string, limit: number) {
  const rows = await similarStatement(
    db,
    { role: viewer.role },
    { title, viewer: viewer.id, limit },
  );
  return rows.map((row) => String(row.id));
}
