import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { CONTROL_CHARACTERS } from './members.ts';

const name = z
  .string({ error: msg('validation.cohorts.nameRequired') })
  .trim()
  .min(2, { error: msg('validation.cohorts.nameTooShort') })
  .max(120, { error: msg('validation.cohorts.nameTooLong') })
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: msg('validation.cohorts.nameControl'),
  });

const description = z
  .string()
  .trim()
  .max(2000, { error: msg('validation.cohorts.descriptionTooLong') })
  .default('');

const isoDate = z.iso.date({ error: msg('validation.cohorts.dateInvalid') });

export const ProgrammeBody = z.object({ name, description });
export type ProgrammeBody = z.input<typeof ProgrammeBody>;
export type ProgrammeInput = z.output<typeof ProgrammeBody>;

export const CohortBody = z
  .object({
    name,
    year: z.coerce
      .number({ error: msg('validation.cohorts.yearRequired') })
      .int({ error: msg('validation.cohorts.yearWhole') })
      .min(1990, { error: msg('validation.cohorts.yearMin') })
      .max(2100, { error: msg('validation.cohorts.yearMax') }),
    startsOn: isoDate.nullable().default(null),
    endsOn: isoDate.nullable().default(null),
    description,
  })
  .refine((cohort) => !cohort.startsOn || !cohort.endsOn || cohort.startsOn <= cohort.endsOn, {
    error: msg('validation.cohorts.datesOrder'),
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

export const IdParams = z.object({ id: z.uuid({ error: msg('validation.cohorts.id') }) });
export const CohortMemberParams = z.object({
  id: z.uuid({ error: msg('validation.cohorts.id') }),
  memberId: z.uuid({ error: msg('validation.cohorts.memberId') }),
});

export const CohortMembersBody = z.object({
  memberIds: z
    .array(z.uuid({ error: msg('validation.cohorts.memberId') }))
    .min(1, { error: msg('validation.cohorts.membersMin') })
    .max(200, { error: msg('validation.cohorts.membersMax') }),
});

export const CohortMembersAdded = z.object({ added: z.number() });
