import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadKind } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import { anyWordQuery } from '../../lib/full-text.ts';
import { threadVisibleTo } from './threads.visibility.ts';

// Full-text search over threads and replies, for the search module (through
// thread-search.service.ts): a union over both tables, ranked, is clearer written out than built. Visibility
// comes from the threads module's one rule, applied to the unaliased "threads" table below.

export interface SearchFilters {
  q: string;
  kind?: ThreadKind | undefined;
  tag?: string | undefined;
  cohort?: string | undefined;
  author?: string | undefined;
  solved?: boolean | undefined;
}

export interface SearchPosition {
  rank: number;
  id: string;
}

// Markers no one types, around the matched words: the snippet goes out as text pieces split at
// them, never as HTML.
export const MARK_START = '\u27e6';
export const MARK_STOP = '\u27e7';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** The text of a thread that a snippet is cut from: the body and every story section. */
const threadDocument = sql.raw(
  `concat_ws(' ', "threads"."body_source", "threads"."story_source"->>'context', "threads"."story_source"->>'tried', "threads"."story_source"->>'happened', "threads"."story_source"->>'learned', "threads"."story_source"->>'differently')`,
);

function filtersSql(filters: SearchFilters): SQL {
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(sql`"threads"."kind" = ${filters.kind}`);
  if (filters.tag) conditions.push(sql`${filters.tag} = any("threads"."tags")`);
  if (filters.cohort) conditions.push(sql`"threads"."cohort_id" = ${filters.cohort}::uuid`);
  if (filters.author) {
    conditions.push(
      sql`"threads"."author_id" in (select m.id from members m where lower(m.handle) = ${filters.author})`,
    );
  }
  if (filters.solved !== undefined) {
    conditions.push(
      filters.solved
        ? sql`"threads"."accepted_reply_id" is not null`
        : sql`("threads"."kind" = 'question' and "threads"."accepted_reply_id" is null)`,
    );
  }
  return conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``;
}

/**
 * Matching threads, best first: each thread once, with whichever of its own text or its
 * replies matched best (a reply's rank counts a little less than the thread's own), and a
 * snippet around the matched words.
 */
export async function findHits(
  db: Db,
  viewer: AccountMember,
  filters: SearchFilters,
  after: SearchPosition | null,
  limit: number,
) {
  const query = sql`websearch_to_tsquery('english', ${filters.q})`;
  const keyset = after
    ? sql`and (best.rank < ${after.rank}::real or (best.rank = ${after.rank}::real and "threads"."id" > ${after.id}::uuid))`
    : sql``;
  const result = await db.execute(sql`
    with q as (select ${query} as query),
    hits as (
      select t.id as thread_id, null::uuid as reply_id, ts_rank(t.search, q.query) as rank
        from threads t, q where t.search @@ q.query
      union all
      select r.thread_id, r.id, ts_rank(r.search, q.query) * 0.8
        from replies r, q where r.search @@ q.query and r.deleted_at is null
    ),
    best as (
      select distinct on (thread_id) thread_id, reply_id, rank::real as rank
        from hits order by thread_id, rank desc
    ),
    page as (
      select "threads"."id" as thread_id, best.reply_id, best.rank
        from best join threads on "threads"."id" = best.thread_id
       where ${threadVisibleTo(viewer)} ${filtersSql(filters)} ${keyset}
       order by best.rank desc, "threads"."id"
       limit ${limit + 1}
    )
    select page.thread_id, page.reply_id, page.rank,
           ts_headline('english',
             case when page.reply_id is null then ${threadDocument} else r.body_source end,
             q.query, ${HEADLINE_OPTIONS}) as snippet
      from page
      join threads on "threads"."id" = page.thread_id
      left join replies r on r.id = page.reply_id
      cross join q
     order by page.rank desc, page.thread_id
  `);
  // Both drivers return these columns as text and numbers; the rank is a float4 either way.
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    threadId: String(row.thread_id),
    replyId: row.reply_id === null ? null : String(row.reply_id),
    rank: Number(row.rank),
    snippet: String(row.snippet ?? ''),
  }));
}

/**
 * Threads whose words overlap a title being typed: any word counts (an "or" query), so that
 * "procurement pilot law" finds "Running a pilot under procurement rules".
 */
export async function findSimilar(db: Db, viewer: AccountMember, title: string, limit: number) {
  const result = await db.execute(sql`
    with q as (select ${anyWordQuery(sql`${title}`)} as query)
    select "threads"."id" as id from threads, q
     where q.query is not null and "threads"."search" @@ q.query and ${threadVisibleTo(viewer)}
     order by ts_rank("threads"."search", q.query) desc, "threads"."last_activity_at" desc
     limit ${limit}
  `);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => String(row.id));
}
