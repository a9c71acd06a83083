import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { CohortRef } from './common.ts';

/** The longest period the figures cover at once: three years of months. */
export const OUTCOMES_MAX_MONTHS = 36;
/** The most meetups whose funnel one answer lists, latest first. */
export const OUTCOMES_MAX_MEETUPS = 50;

/** A calendar month, `YYYY-MM`, in UTC. */
export const Month = z
  .string({ error: msg('validation.outcomes.monthFormat') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: msg('validation.outcomes.monthFormat') });
export type Month = z.infer<typeof Month>;

/** How many months lie from `from` to `to`, both counted. */
export function monthsBetween(from: string, to: string): number {
  const [fromYear = 0, fromMonth = 0] = from.split('-').map(Number);
  const [toYear = 0, toMonth = 0] = to.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

export const OutcomesQuery = z
  .object({
    /** First month counted; with `to` left out, the twelve months up to this one. */
    from: Month.optional(),
    /** Last month counted, included. */
    to: Month.optional(),
    programme: z.uuid({ error: msg('validation.outcomes.programmeId') }).optional(),
    cohort: z.uuid({ error: msg('validation.outcomes.cohortId') }).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    error: msg('validation.outcomes.periodOrder'),
    path: ['to'],
  })
  .refine(
    (query) =>
      !query.from || !query.to || monthsBetween(query.from, query.to) <= OUTCOMES_MAX_MONTHS,
    {
      error: msg('validation.outcomes.periodTooLong', { max: OUTCOMES_MAX_MONTHS }),
      path: ['from'],
    },
  );
export type OutcomesQuery = z.input<typeof OutcomesQuery>;

const count = z.number().int().min(0);
/** Hours, to one decimal; null when nothing was there to measure. */
const hours = z.number().nullable();

export const QuestionMonth = z.object({
  month: Month,
  asked: count,
  answered: count,
  solved: count,
});
export type QuestionMonth = z.infer<typeof QuestionMonth>;

export const StoryMonth = z.object({ month: Month, success: count, failure: count });
export type StoryMonth = z.infer<typeof StoryMonth>;

export const AdviceMonth = z.object({ month: Month, asked: count, answered: count });
export type AdviceMonth = z.infer<typeof AdviceMonth>;

export const ActiveMonth = z.object({ month: Month, active: count });
export type ActiveMonth = z.infer<typeof ActiveMonth>;

export const CohortActiveMonths = z.object({ cohort: CohortRef, months: z.array(ActiveMonth) });
export type CohortActiveMonths = z.infer<typeof CohortActiveMonths>;

/** One meetup as a funnel: invited → voted on a date → going → attended → contributed. */
export const MeetupFunnel = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.iso.datetime(),
  invited: count,
  voted: count,
  going: count,
  attended: count,
  contributed: count,
});
export type MeetupFunnel = z.infer<typeof MeetupFunnel>;

export const Outcomes = z.object({
  period: z.object({ from: Month, to: Month, months: z.array(Month) }),
  programme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  cohort: CohortRef.nullable(),
  questions: z.object({
    asked: count,
    /** Questions someone other than the asker replied to. */
    answered: count,
    /** Questions whose asker accepted a reply. */
    solved: count,
    medianHoursToFirstAnswer: hours,
    /** From the question to the reply that was accepted. */
    medianHoursToSolution: hours,
    /** Asked in the period more than a week ago, and still without an answer. */
    unansweredOverAWeek: count,
    byMonth: z.array(QuestionMonth),
  }),
  stories: z.object({ success: count, failure: count, byMonth: z.array(StoryMonth) }),
  advice: z.object({
    asked: count,
    /** Requests whose adviser replied on the question after being asked. */
    answered: count,
    byMonth: z.array(AdviceMonth),
  }),
  activeMembers: z.object({
    /** Distinct members of the scope active each month. */
    byMonth: z.array(ActiveMonth),
    /** The same per cohort of the scope. */
    byCohort: z.array(CohortActiveMonths),
  }),
  newcomers: z.object({
    /** Accounts created in the period. */
    joined: count,
    /** Of those, the ones who joined over a week ago and did nothing after their first week. */
    neverCameBack: count,
  }),
  /** Meetups that start in the period and were not cancelled, latest first. */
  meetups: z.array(MeetupFunnel),
});
export type Outcomes = z.infer<typeof Outcomes>;
