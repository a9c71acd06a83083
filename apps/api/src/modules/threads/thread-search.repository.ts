import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadKind } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import {
  allTermsQuery,
  anyTermQuery,
  placeholderTerms,
  type SearchTerm,
  snippetSql,
  termQuery,
  termsHeld,
  termsNeeded,
  termValues,
  wantedTerms,
} from '../../lib/full-text.ts';
import { latestMatchIds, RECENT_WINDOW, rankedPlaceholders } from '../../lib/search-ranking.ts';
import { placeholder, searchNamer, shapedStatement } from '../../lib/shaped-statements.ts';
import { threadAuthorShownTo, threadVisibleTo } from './threads.visibility.ts';

// Full-text search over threads and replies, for the search module (through
// thread-search.service.ts): a union over both tables, ranked, is clearer written out than built. Visibility
// comes from the threads module's one rule, applied to the unaliased "threads" table below.

export interface SearchFilters {
  kind?: ThreadKind | undefined;
  tag?: string | undefined;
  cohort?: string | undefined;
  author?: string | undefined;
  solved?: boolean | undefined;
}

/** A word searched for, and the kinds of thread it names ("failure", "pitanje"), if any. */
export interface ThreadSearchTerm extends SearchTerm {
  kinds: ThreadKind[];
}

/** Where a page of hits ends: how many of the words the last thread held, its rank, its id. */
export interface SearchPosition {
  words: number;
  rank: number;
  id: string;
}

export { MARK_START, MARK_STOP } from '../../lib/full-text.ts';

/** The text of a thread that a snippet is cut from: the body and every story section. */
const threadDocument = sql.raw(
  `concat_ws(' ', "threads"."body_source", "threads"."story_source"->>'context', "threads"."story_source"->>'tried', "threads"."story_source"->>'happened', "threads"."story_source"->>'learned', "threads"."story_source"->>'differently')`,
);

/** Which filters a search gives (their values are placeholders of the same names). */
interface FiltersGiven {
  kind: boolean;
  tag: boolean;
  cohort: boolean;
  author: boolean;
  /** Solved (true), an open question (false), or either (null). */
  solved: boolean | null;
}

function filtersSql(filters: FiltersGiven, viewerId: SQL): SQL {
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(sql`"threads"."kind" = ${placeholder('kind')}`);
  if (filters.tag) conditions.push(sql`${placeholder('tag')} = any("threads"."tags")`);
  if (filters.cohort) conditions.push(sql`"threads"."cohort_id" = ${placeholder('cohort')}::uuid`);
  if (filters.author) {
    conditions.push(
      sql`"threads"."author_id" in (select m.id from members m where lower(m.handle) = ${placeholder('author')})`,
      threadAuthorShownTo(
        sql.raw('"threads"."anonymous"'),
        sql.raw('"threads"."author_id"'),
        viewerId,
      ),
    );
  }
  if (filters.solved !== null) {
    conditions.push(
      filters.solved
        ? sql`"threads"."accepted_reply_id" is not null`
        : sql`("threads"."kind" = 'question' and "threads"."accepted_reply_id" is null)`,
    );
  }
  return conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``;
}

/** A term as a search's statement sees it: the kinds it names, its query a placeholder. */
interface ShapedTerm {
  excluded: boolean;
  kinds: ThreadKind[];
  query: SQL;
}

/**
 * A thread holds a term when its text has the word or the word names its kind; `kind` is the
 * SQL of the thread's kind column.
 */
function held(document: SQL, kind: SQL, terms: readonly ShapedTerm[]): SQL {
  return termsHeld(terms, (term) => {
    const text = sql`${document} @@ ${termQuery(term)}`;
    return term.kinds.length ? sql`(${text} or ${kindIn(kind, term.kinds)})` : text;
  });
}

function kindIn(kind: SQL, kinds: readonly ThreadKind[]): SQL {
  return sql`${kind} in (${sql.join(
    kinds.map((name) => sql`${name}`),
    sql`, `,
  )})`;
}

/**
 * How many documents each source (threads' text, replies, threads of a kind) hands over at most
 * before they are ranked and checked word by word: the most recent ones the viewer may see (see
 * latestMatchIds). A deliberate limit, from the security review of search and from its cost on a
 * large network: a word matching a third of everything would otherwise rank hundreds of
 * thousands of documents; past these, a search needs more words, not more candidates.
 */
export const CANDIDATES_PER_SOURCE = 100;

/**
 * Matching threads, best first: those holding all the words, then those holding most of them
 * (at least as many as termsNeeded asks), then by rank. Each thread comes once, with whichever
 * of its own text or its replies matched best (a reply's rank counts a little less than the
 * thread's own), and a snippet around the matched words, cut in the text's language. The
 * all-words search runs first; "most words" only when it does not fill the page.
 */
export async function findHits(
  db: Db,
  viewer: AccountMember,
  terms: readonly ThreadSearchTerm[],
  filters: SearchFilters,
  after: SearchPosition | null,
  limit: number,
) {
  const wanted = wantedTerms(terms);
  if (wanted.length === 0) return [];
  const all = await findHitsHolding(db, viewer, terms, 'all', filters, after, limit);
  if (all.length > limit || termsNeeded(terms) === wanted.length) return all;
  return findHitsHolding(db, viewer, terms, 'most', filters, after, limit);
}

/** What the text of a pass of findHits depends on; each value in it is a placeholder. */
interface HitsShape {
  terms: { excluded: boolean; kinds: ThreadKind[] }[];
  holding: 'all' | 'most';
  filters: FiltersGiven;
  role: AccountMember['role'];
  after: boolean;
}

/** The statement of a pass of findHits, built once per shape (see findHitsHolding). */
function buildHits({ terms: shapes, holding, filters, role, after }: HitsShape): SQL {
  const terms = placeholderTerms(shapes);
  const viewerId = sql`${sql.placeholder('viewer')}::uuid`;
  const wanted = wantedTerms(terms);
  const plain = wanted.filter((term) => term.kinds.length === 0);
  const indexQuery = holding === 'all' && plain.length ? allTermsQuery(plain) : anyTermQuery(terms);
  const kinds = plain.length ? [] : [...new Set(wanted.flatMap((term) => term.kinds))];
  const seen = sql`${threadVisibleTo({ id: viewerId, role })} ${filtersSql(filters, viewerId)}`;
  const byKind = kinds.length
    ? sql`union all (select "threads"."id" from threads where ${kindIn(sql`"threads"."kind"`, kinds)} and ${seen} order by "threads"."last_activity_at" desc, "threads"."id" desc limit ${CANDIDATES_PER_SOURCE})`
    : sql``;
  const latestThreads = latestMatchIds({
    recent: sql`(select * from threads order by last_activity_at desc, id desc limit ${RECENT_WINDOW})`,
    table: sql`threads`,
    alias: sql`"threads"`,
    joins: sql``,
    where: sql`"threads"."search" @@ ${indexQuery} and ${seen}`,
    at: sql`"threads"."last_activity_at"`,
    limit: CANDIDATES_PER_SOURCE,
  });
  const latestReplies = latestMatchIds({
    recent: sql`(select * from replies order by created_at desc, id desc limit ${RECENT_WINDOW})`,
    table: sql`replies`,
    alias: sql`c`,
    joins: sql`join threads on "threads"."id" = c.thread_id`,
    where: sql`c.search @@ ${indexQuery} and c.deleted_at is null and ${seen}`,
    at: sql`c.created_at`,
    limit: CANDIDATES_PER_SOURCE,
  });
  const needed = holding === 'all' ? wanted.length : termsNeeded(terms);
  const { words, rank, id } = rankedPlaceholders();
  const keyset = after
    ? sql`and (best.words < ${words} or (best.words = ${words} and (best.rank < ${rank}::real or (best.rank = ${rank}::real and best.thread_id > ${id}::uuid))))`
    : sql``;
  return sql`
    with q as (select ${anyTermQuery(terms)} as query),
    thread_matches as materialized (
      ${latestThreads} ${byKind}
    ),
    reply_matches as materialized (
      ${latestReplies}
    ),
    -- Materialised, so that the words held are counted on the candidates alone.
    hits as materialized (
      select t.id as thread_id, null::uuid as reply_id,
             ${held(sql`t.search`, sql`t.kind`, terms)} as words, ts_rank(t.search, q.query) as rank
        from threads t, q
       where t.id in (select id from thread_matches)
      union all
      select r.thread_id, r.id, ${held(sql`r.search`, sql`rt.kind`, terms)},
             ts_rank(r.search, q.query) * 0.8
        from replies r join threads rt on rt.id = r.thread_id, q
       where r.id in (select id from reply_matches)
    ),
    best as (
      select distinct on (thread_id) thread_id, reply_id, words, rank::real as rank
        from hits where words >= ${needed}
       order by thread_id, words desc, rank desc
    ),
    page as (
      select best.thread_id, best.reply_id, best.words, best.rank
        from best where true ${keyset}
       order by best.words desc, best.rank desc, best.thread_id
       limit ${placeholder('limit')}
    )
    select page.thread_id, page.reply_id, page.words, page.rank,
           case when page.reply_id is null
             then ${snippetSql(sql`praxis_search_config("threads"."language")`, threadDocument, sql`q.query`)}
             else ${snippetSql(sql`praxis_search_config(r.language)`, sql`r.body_source`, sql`q.query`)}
           end as snippet,
           coalesce(r.language, "threads"."language") as language
      from page
      join threads on "threads"."id" = page.thread_id
      left join replies r on r.id = page.reply_id
      cross join q
     order by page.words desc, page.rank desc, page.thread_id
  `;
}

const hitsStatement = shapedStatement('search.threads', buildHits, { namer: searchNamer });

/**
 * One pass of findHits. The index finds the candidates among the threads the viewer may see and
 * the filters keep (so that neither empties a page of candidates): for all the words, those
 * holding every word that names no kind; for most, those holding any. A word naming a kind
 * ("failure") is an alternative for its word only, checked on candidates found by the other
 * words; only a search of kind words alone takes threads of those kinds as candidates.
 */
async function findHitsHolding(
  db: Db,
  viewer: AccountMember,
  terms: readonly ThreadSearchTerm[],
  holding: 'all' | 'most',
  filters: SearchFilters,
  after: SearchPosition | null,
  limit: number,
) {
  const shape: HitsShape = {
    terms: terms.map(({ excluded, kinds }) => ({ excluded, kinds })),
    holding,
    filters: {
      kind: Boolean(filters.kind),
      tag: Boolean(filters.tag),
      cohort: Boolean(filters.cohort),
      author: Boolean(filters.author),
      solved: filters.solved ?? null,
    },
    role: viewer.role,
    after: after !== null,
  };
  const rows = await hitsStatement(db, shape, {
    ...termValues(terms),
    viewer: viewer.id,
    kind: filters.kind,
    tag: filters.tag,
    cohort: filters.cohort,
    author: filters.author,
    afterWords: after?.words,
    afterRank: after?.rank,
    afterId: after?.id,
    limit: limit + 1,
  });
  // Both drivers return these columns as text and numbers; the rank is a float4 either way.
  return rows.map((row) => ({
    threadId: String(row.thread_id),
    replyId: row.reply_id === null ? null : String(row.reply_id),
    words: Number(row.words),
    rank: Number(row.rank),
    snippet: String(row.snippet ?? ''),
    language: String(row.language),
  }));
}
