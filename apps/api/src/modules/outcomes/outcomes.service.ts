import type { AccountMember } from '@praxis/contracts/members';
import {
  monthsBetween,
  OUTCOMES_MAX_MEETUPS,
  type Outcomes,
  type OutcomesQuery,
} from '@praxis/contracts/outcomes';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { sql } from 'drizzle-orm';
import { assertRole } from '../../plugins/auth.ts';
import { memberInScope, resolveScope } from '../cohorts/outcomes.service.ts';
import * as repository from './outcomes.repository.ts';

/** The month `offset` months after `month` (`YYYY-MM`). */
function addMonths(month: string, offset: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + offset, 1));
  return date.toISOString().slice(0, 7);
}

/** The months asked for: both ends given, one end and the twelve months from or up to it, or the last twelve. */
export function periodOf(query: OutcomesQuery, now: Date) {
  const thisMonth = now.toISOString().slice(0, 7);
  const to = query.to ?? (query.from ? addMonths(query.from, 11) : thisMonth);
  const from = query.from ?? addMonths(to, -11);
  const months = Array.from({ length: monthsBetween(from, to) }, (_, i) => addMonths(from, i));
  return { from, to, months };
}

const byMonth = (rows: Record<string, unknown>[]) =>
  new Map(rows.filter((row) => row.month !== null).map((row) => [String(row.month), row]));
const n = (value: unknown) => Number(value ?? 0);
const hours = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The outcomes dashboard's figures, for organisers and admins. */
export async function outcomes(
  db: Db,
  viewer: AccountMember,
  query: OutcomesQuery,
  now = new Date(),
): Promise<Outcomes> {
  assertRole(viewer, ['organiser', 'admin'], msg('errors.outcomes.onlyOrganisers'));
  const period = periodOf(query, now);
  const scope = { programmeId: query.programme ?? null, cohortId: query.cohort ?? null };
  const named = await resolveScope(db, scope);
  const window = {
    from: sql`${`${period.from}-01T00:00:00Z`}::timestamptz`,
    to: sql`${`${addMonths(period.to, 1)}-01T00:00:00Z`}::timestamptz`,
  };
  const inScope = memberInScope(scope);
  const [questionRows, storyRows, adviceRows, activeRows, cohorts, newcomers, meetups] =
    await Promise.all([
      repository.questionFigures(db, window, inScope),
      repository.storyFigures(db, window, inScope),
      repository.adviceFigures(db, window, inScope),
      repository.activeMembers(db, window, scope),
      repository.cohortsOf(db, scope),
      repository.newcomers(db, window, inScope),
      repository.funnels(db, window, inScope, OUTCOMES_MAX_MEETUPS),
    ]);

  const questionMonths = byMonth(questionRows);
  const all = questionRows.find((row) => row.month === null);
  const storyMonths = byMonth(storyRows);
  const adviceMonths = byMonth(adviceRows);
  const active = new Map(
    activeRows.map((row) => [`${row.cohort_id ?? ''}/${String(row.month)}`, n(row.active)]),
  );
  const storiesByMonth = period.months.map((month) => ({
    month,
    success: n(storyMonths.get(month)?.success),
    failure: n(storyMonths.get(month)?.failure),
  }));
  const adviceByMonth = period.months.map((month) => ({
    month,
    asked: n(adviceMonths.get(month)?.asked),
    answered: n(adviceMonths.get(month)?.answered),
  }));
  const sum = <T>(rows: T[], pick: (row: T) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);

  return {
    period,
    programme: named.programme,
    cohort: named.cohort,
    questions: {
      asked: n(all?.asked),
      answered: n(all?.answered),
      solved: n(all?.solved),
      medianHoursToFirstAnswer: hours(all?.to_first_answer),
      medianHoursToSolution: hours(all?.to_solution),
      unansweredOverAWeek: n(all?.unanswered),
      byMonth: period.months.map((month) => ({
        month,
        asked: n(questionMonths.get(month)?.asked),
        answered: n(questionMonths.get(month)?.answered),
        solved: n(questionMonths.get(month)?.solved),
      })),
    },
    stories: {
      success: sum(storiesByMonth, (row) => row.success),
      failure: sum(storiesByMonth, (row) => row.failure),
      byMonth: storiesByMonth,
    },
    advice: {
      asked: sum(adviceByMonth, (row) => row.asked),
      answered: sum(adviceByMonth, (row) => row.answered),
      byMonth: adviceByMonth,
    },
    activeMembers: {
      byMonth: period.months.map((month) => ({ month, active: active.get(`/${month}`) ?? 0 })),
      byCohort: cohorts.map((cohort) => ({
        cohort,
        months: period.months.map((month) => ({
          month,
          active: active.get(`${cohort.id}/${month}`) ?? 0,
        })),
      })),
    },
    newcomers,
    meetups,
  };
}
