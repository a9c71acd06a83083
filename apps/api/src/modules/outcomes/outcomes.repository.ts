import type { Db } from '@praxis/db/client';
import { type SQL, sql } from 'drizzle-orm';
import { adviceRequested } from '../advice/outcomes.service.ts';
import { chatActivity } from '../chat/outcomes.service.ts';
import {
  type CohortScope,
  memberInScope,
  scopeCohorts,
  scopeMemberships,
} from '../cohorts/outcomes.service.ts';
import { meetupActivity, meetupFunnels } from '../meetups/outcomes.service.ts';
import {
  type InScope,
  questionsAsked,
  storiesShared,
  threadActivity,
} from '../threads/outcomes.service.ts';

// The dashboard's figures, each computed in SQL over the fragments the owning modules export.
// Months are calendar months in UTC; a period is [from, to) as timestamptz.

export interface Period {
  from: SQL;
  to: SQL;
}

type Row = Record<string, unknown>;

async function rowsOf(db: Db, query: SQL): Promise<Row[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: Row[] }).rows;
}

const monthOf = (at: SQL) => sql`to_char(${at} at time zone 'UTC', 'YYYY-MM')`;
// Truncating is cheaper than formatting: the many activity rows are grouped by it, and only the
// groups are formatted.
const hoursMedian = (since: SQL, until: SQL) =>
  sql`round((percentile_cont(0.5) within group (order by extract(epoch from ${until} - ${since})::float8) / 3600)::numeric, 1)::float8`;

/** Everything a member did that makes them active, as (member_id, at) in [from, to). */
function activity(from: SQL, to: SQL): SQL {
  return sql`${threadActivity(from, to)} union all ${chatActivity(from, to)} union all ${meetupActivity(from, to)}`;
}

/** Per month (and, with month null, in all): asked, answered, solved, medians, unanswered. */
export async function questionFigures(db: Db, period: Period, inScope: InScope) {
  return rowsOf(
    db,
    sql`with q as (select ${monthOf(sql`created_at`)} as month, * from (${questionsAsked(period.from, period.to, inScope)}) asked)
      select month, count(*)::int as asked, count(first_answer_at)::int as answered,
             count(solved_at)::int as solved,
             count(*) filter (where first_answer_at is null
                                and created_at < now() - interval '7 days')::int as unanswered,
             ${hoursMedian(sql`created_at`, sql`first_answer_at`)} as to_first_answer,
             ${hoursMedian(sql`created_at`, sql`solved_at`)} as to_solution
        from q group by grouping sets ((month), ())`,
  );
}

/** Per month: success and failure stories shared. */
export async function storyFigures(db: Db, period: Period, inScope: InScope) {
  return rowsOf(
    db,
    sql`select ${monthOf(sql`created_at`)} as month,
               count(*) filter (where kind = 'success')::int as success,
               count(*) filter (where kind = 'failure')::int as failure
          from (${storiesShared(period.from, period.to, inScope)}) stories group by 1`,
  );
}

/** Per month: advice requests made, and how many of them were answered. */
export async function adviceFigures(db: Db, period: Period, inScope: InScope) {
  return rowsOf(
    db,
    sql`select ${monthOf(sql`created_at`)} as month, count(*)::int as asked,
               count(*) filter (where answered)::int as answered
          from (${adviceRequested(period.from, period.to, inScope)}) requests group by 1`,
  );
}

/**
 * Distinct active members per month: rows with a null cohort_id count the scope's members;
 * the others count each cohort of the scope.
 */
export async function activeMembers(db: Db, period: Period, scope: CohortScope) {
  const inScope = memberInScope(scope);
  return rowsOf(
    db,
    sql`with monthly as materialized (
          select distinct a.member_id, date_trunc('month', a.at, 'UTC') as month
            from (${activity(period.from, period.to)}) a)
      select null::uuid as cohort_id, ${monthOf(sql`month`)} as month, count(*)::int as active
        from monthly where ${inScope(sql`monthly.member_id`)} group by monthly.month
      union all
      select s.cohort_id, ${monthOf(sql`monthly.month`)}, count(*)::int
        from monthly join (${scopeMemberships(scope)}) s on s.member_id = monthly.member_id
       group by s.cohort_id, monthly.month`,
  );
}

/** The scope's cohorts, latest year first. */
export async function cohortsOf(db: Db, scope: CohortScope) {
  const rows = await rowsOf(
    db,
    sql`select id, name from (${scopeCohorts(scope)}) c order by year desc, name`,
  );
  return rows.map((row) => ({ id: String(row.id), name: String(row.name) }));
}

/**
 * Accounts created in the period, and of those the ones created over a week ago with no
 * activity from a week after joining on. The activity since the period's first week is read once
 * and matched to the newcomers by a hash join: a lookup per newcomer through every kind of
 * activity took 15 s for 2,000 newcomers in a large network.
 */
export async function newcomers(db: Db, period: Period, inScope: InScope) {
  const since = sql`(${period.from} + interval '7 days')`;
  const [row] = await rowsOf(
    db,
    sql`with joined as materialized (
          select m.id, m.created_at from members m
           where m.created_at >= ${period.from} and m.created_at < ${period.to}
             and ${inScope(sql`m.id`)}),
        came_back as (
          select distinct a.member_id from (${activity(since, sql`now()`)}) a
            join joined j on j.id = a.member_id and a.at >= j.created_at + interval '7 days')
      select count(*)::int as joined,
             count(*) filter (where j.created_at < now() - interval '7 days'
                                and c.member_id is null)::int as never_came_back
        from joined j left join came_back c on c.member_id = j.id`,
  );
  return { joined: Number(row?.joined ?? 0), neverCameBack: Number(row?.never_came_back ?? 0) };
}

/** The funnel of each meetup of the period, latest first, at most `limit`. */
export async function funnels(db: Db, period: Period, inScope: InScope, limit: number) {
  const rows = await rowsOf(db, meetupFunnels(period.from, period.to, inScope, limit));
  return rows.map((row) => ({
    id: String(row.id),
    title: String(row.title),
    startsAt: (row.starts_at instanceof Date
      ? row.starts_at
      : new Date(String(row.starts_at))
    ).toISOString(),
    invited: Number(row.invited),
    voted: Number(row.voted),
    going: Number(row.going),
    attended: Number(row.attended),
    contributed: Number(row.contributed),
  }));
}
