import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { sql } from 'drizzle-orm';
import {
  allTermsQuery,
  anyTermQuery,
  type SearchTerm,
  snippetSql,
  termQuery,
  termsHeld,
  termsNeeded,
  wantedTerms,
} from '../../lib/full-text.ts';
import { meetupVisibleTo } from './meetups.visibility.ts';

/**
 * Meetups the viewer may see (the meetups' one rule, meetupVisibleTo) whose title, description or
 * venue holds the words searched for; best first, then the soonest to come. For the search
 * module, through meetup-search.service.ts.
 */
export async function findMeetupHits(
  db: Db,
  viewer: AccountMember,
  terms: readonly SearchTerm[],
  limit: number,
) {
  const wanted = wantedTerms(terms);
  if (wanted.length === 0) return [];
  const held = termsHeld(terms, (term) => sql`"meetups"."search" @@ ${termQuery(term)}`);
  const result = await db.execute(sql`
    with q as (select ${anyTermQuery(terms)} as query)
    select "meetups"."id", "meetups"."title", "meetups"."status", "meetups"."starts_at",
           "meetups"."timezone", s.name as series_name,
           ${snippetSql(sql`'praxis_simple'::regconfig`, sql`("meetups"."description_source" || ' ' || "meetups"."venue")`, sql`q.query`)} as snippet
      from meetups join meetup_series s on s.id = "meetups"."series_id", q
     where "meetups"."search" @@ ${wanted.length <= 2 ? allTermsQuery(wanted) : anyTermQuery(terms)}
       and ${held} >= ${termsNeeded(terms)} and ${meetupVisibleTo(viewer)}
     order by ${held} desc, ts_rank("meetups"."search", q.query) desc,
              "meetups"."starts_at" desc nulls first, "meetups"."id"
     limit ${limit}
  `);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    seriesName: String(row.series_name),
    status: String(row.status) as 'proposed' | 'scheduled' | 'done' | 'cancelled',
    startsAt: row.starts_at === null ? null : new Date(String(row.starts_at)),
    timezone: String(row.timezone),
    snippet: String(row.snippet ?? ''),
  }));
}
