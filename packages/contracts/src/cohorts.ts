import { z } from 'zod';
import { CONTROL_CHARACTERS } from './members.ts';

const title = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(2, { error: `Enter ${what}, at least 2 characters.` })
    .max(120, { error: `${what[0]?.toUpperCase()}${what.slice(1)} has at most 120 characters.` })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: 'Control characters are not allowed.',
    });

const description = z
  .string()
  .trim()
  .max(2000, { error: 'A description has at most 2,000 characters.' })
  .default('');

const isoDate = z.iso.date({ error: 'Use a date like 2026-09-01.' });

export const ProgrammeBody = z.object({ name: title('a name'), description });
export type ProgrammeBody = z.input<typeof ProgrammeBody>;
export type ProgrammeInput = z.output<typeof ProgrammeBody>;

export const CohortBody = z
  .object({
    name: title('a name'),
    year: z.coerce
      .number({ error: 'Enter the year the cohort started.' })
      .int({ error: 'Enter a year like 2026.' })
      .min(1990, { error: 'Enter a year from 1990 on.' })
      .max(2100, { error: 'Enter a year before 2100.' }),
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    description,
  })
  .refine((cohort) => !cohort.startsOn || !cohort.endsOn || cohort.startsOn <= cohort.endsOn, {
    error: 'The end date comes before the start date.',
    path: ['endsOn'],
  });
export type CohortBody = z.input<typeof CohortBody>;
export type CohortInput = z.output<typeof CohortBody>;

export const CohortSummary = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  name: z.string(),
  year: z.number(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  description: z.string(),
  memberCount: z.number(),
});
export type CohortSummary = z.infer<typeof CohortSummary>;

export const Programme = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  cohorts: z.array(CohortSummary),
});
export type Programme = z.infer<typeof Programme>;

export const ProgrammeList = z.object({ programmes: z.array(Programme) });
export type ProgrammeList = z.infer<typeof ProgrammeList>;

export const CohortOrganiser = z.object({ id: z.uuid(), handle: z.string(), name: z.string() });

/** A cohort's page; its members come from the directory, filtered by the cohort. */
export const CohortDetail = CohortSummary.extend({
  programmeName: z.string(),
  organisers: z.array(CohortOrganiser),
});
export type CohortDetail = z.infer<typeof CohortDetail>;

export const IdParams = z.object({ id: z.uuid({ error: 'Not a valid id.' }) });
export const CohortMemberParams = z.object({
  id: z.uuid({ error: 'Not a valid id.' }),
  memberId: z.uuid({ error: 'Not a valid member id.' }),
});

export const CohortMembersBody = z.object({
  memberIds: z
    .array(z.uuid({ error: 'Not a valid member id.' }))
    .min(1, { error: 'Choose at least one member.' })
    .max(200, { error: 'Add at most 200 members at a time.' }),
});

export const CohortMembersAdded = z.object({ added: z.number() });
