import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import {
  allTermsQuery,
  anyTermQuery,
  placeholderTerms,
  type SearchTerm,
  snippetSql,
  termQuery,
  termShapes,
  termsHeld,
  termsNeeded,
  termValues,
  wantedTerms,
} from '../../lib/full-text.ts';
import {
  afterRanked,
  epochMicros,
  type RankedPosition,
  rankedPlaceholders,
  rankedPositionOf,
  rankedValues,
} from '../../lib/search-ranking.ts';
import { searchNamer, shapedStatement } from '../../lib/shaped-statements.ts';
import { meetupVisibleTo } from './meetups.visibility.ts';

/** What the text of a meetup search depends on; each value in it is a placeholder. */
interface MeetupSearchShape {
  terms: { excluded: boolean }[];
  role: AccountMember['role'];
  after: boolean;
}

/** The statement of findMeetupHits, built once per shape. */
function buildMeetupHits({ terms: shapes, role, after }: MeetupSearchShape): SQL {
  const terms = placeholderTerms(shapes);
  const wanted = wantedTerms(terms);
  const viewer = { id: sql`${sql.placeholder('viewer')}::uuid`, role };
  const held = termsHeld(terms, (term) => sql`"meetups"."search" @@ ${termQuery(term)}`);
  // An undated meetup sorts as the latest of all, as "nulls first" would in descending order.
  const key = {
    words: sql`found.words`,
    rank: sql`found.rank`,
    at: sql`found.at`,
    id: sql`found.id`,
  };
  return sql`
    with q as (select ${anyTermQuery(terms)} as query),
    found as (
      select "meetups"."id", ${held} as words, ts_rank("meetups"."search", q.query)::real as rank,
             coalesce(${epochMicros(sql`"meetups"."starts_at"`)}, ${Number.MAX_SAFE_INTEGER}::bigint) as at
        from meetups, q
       where "meetups"."search" @@ ${wanted.length <= 2 ? allTermsQuery(wanted) : anyTermQuery(terms)}
         and ${held} >= ${termsNeeded(terms)} and ${meetupVisibleTo(viewer)}
    )
    select m.id, m.title, m.status, m.starts_at, m.timezone, s.name as series_name,
           found.words, found.rank, found.at,
           ${snippetSql(sql`'praxis_simple'::regconfig`, sql`(m.description_source || ' ' || m.venue)`, sql`q.query`)} as snippet
      from found join meetups m on m.id = found.id
      join meetup_series s on s.id = m.series_id, q
     ${after ? sql`where ${afterRanked(rankedPlaceholders(), key)}` : sql``}
     order by found.words desc, found.rank desc, found.at desc, found.id
     limit ${sql.placeholder('limit')}
  `;
}

const meetupHits = shapedStatement('search.meetups', buildMeetupHits, { namer: searchNamer });

/**
 * Meetups the viewer may see (the meetups' one rule, meetupVisibleTo) whose title, description or
 * venue holds the words searched for; best first, then the latest (undated ones, still polling,
 * first). For the search module, through meetup-search.service.ts. Up to `limit` + 1 after
 * `after`, to tell whether another page follows.
 */
export async function findMeetupHits(
  db: Db,
  viewer: AccountMember,
  terms: readonly SearchTerm[],
  after: RankedPosition | null,
  limit: number,
) {
  if (wantedTerms(terms).length === 0) return [];
  const rows = await meetupHits(
    db,
    {
      terms: termShapes(terms),
      role: viewer.role,
      after: after !== null,
    },
    {
      ...termValues(terms),
      viewer: viewer.id,
      ...rankedValues(after),
      limit: limit + 1,
    },
  );
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    seriesName: String(row.series_name),
    status: String(row.status) as 'proposed' | 'scheduled' | 'done' | 'cancelled',
    startsAt: row.starts_at === null ? null : new Date(String(row.starts_at)),
    timezone: String(row.timezone),
    snippet: String(row.snippet ?? ''),
    position: rankedPositionOf(row),
  }));
}
