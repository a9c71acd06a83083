import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { CONTROL_CHARACTERS } from './members.ts';

/** Where in (or out of) government a post sits; 'outside_government' marks alumni who left. */
export const GovernmentLevel = z.enum([
  'local',
  'regional',
  'national',
  'eu_international',
  'outside_government',
]);
export type GovernmentLevel = z.infer<typeof GovernmentLevel>;

/** A month as "2024-03". */
export const Month = z
  .string({ error: msg('validation.positions.monthInvalid') })
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, { error: msg('validation.positions.monthInvalid') });

/** This month, in UTC, as a Month: a post cannot start after it. */
export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

/** A line of plain text; profiles.ts's `line` is not used, as profiles.ts imports this file. */
const text = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: msg('validation.positions.control'),
    });

const required = (field: 'role' | 'organisation') =>
  text(140, msg('validation.positions.tooLong', { field, max: 140 })).refine(
    (value) => value.length > 0,
    { error: msg('validation.positions.required', { field }) },
  );

export const PositionBody = z
  .object({
    role: required('role'),
    organisation: required('organisation'),
    level: GovernmentLevel,
    policyArea: text(
      80,
      msg('validation.positions.tooLong', { field: 'policyArea', max: 80 }),
    ).default(''),
    from: Month,
    /** Absent or null while the post is held. */
    to: Month.nullable().default(null),
  })
  .superRefine((position, context) => {
    if (position.from > currentMonth()) {
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: msg('validation.positions.fromInFuture'),
      });
    }
    if (position.to !== null && position.to < position.from) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: msg('validation.positions.toBeforeFrom'),
      });
    }
  });
export type PositionBody = z.input<typeof PositionBody>;

export const PositionParams = z.object({
  id: z.uuid({ error: msg('validation.positions.unknown') }),
});

export const Position = z.object({
  id: z.uuid(),
  role: z.string(),
  organisation: z.string(),
  level: GovernmentLevel,
  policyArea: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  /** The post shown as the member's headline: held now, and the latest begun. */
  current: z.boolean(),
});
export type Position = z.infer<typeof Position>;

/** A member's posts, newest first. */
export const OrganisationHistory = z.object({ positions: z.array(Position) });
export type OrganisationHistory = z.infer<typeof OrganisationHistory>;

/** A past post that matched the directory's "worked at" filter. */
export const WorkedAt = z.object({
  organisation: z.string(),
  role: z.string(),
  from: z.string(),
  to: z.string(),
});
export type WorkedAt = z.infer<typeof WorkedAt>;
