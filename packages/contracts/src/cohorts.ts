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

/** What kind of track a programme runs; any other is `other`, with the name organisers give it. */
export const TRACK_KINDS = ['training', 'policy_lab', 'train_the_trainers', 'other'] as const;
export const TrackKind = z.enum(TRACK_KINDS, { error: msg('validation.cohorts.trackKind') });
export type TrackKind = z.infer<typeof TrackKind>;

const trackName = z
  .string({ error: msg('validation.cohorts.trackNameRequired') })
  .trim()
  .max(80, { error: msg('validation.cohorts.trackNameTooLong') })
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: msg('validation.cohorts.nameControl'),
  });

/**
 * A new track. A training, policy lab or train-the-trainers track may go without a name (the
 * page names it by its kind); an `other` track needs the name organisers give it.
 */
export const TrackBody = z
  .object({ kind: TrackKind, name: trackName.default('') })
  .refine((track) => track.kind !== 'other' || track.name !== '', {
    error: msg('validation.cohorts.trackNameRequired'),
    path: ['name'],
  });
export type TrackBody = z.input<typeof TrackBody>;
export type TrackInput = z.output<typeof TrackBody>;

/** Renaming a track, or changing its kind; the same rule on names holds for the result. */
export const TrackUpdateBody = z.object({ kind: TrackKind, name: trackName }).partial();
export type TrackUpdateBody = z.input<typeof TrackUpdateBody>;

/** Every track a cohort belongs to (all of its programme's): those left out are left. */
export const CohortTracksBody = z.object({
  trackIds: z
    .array(z.uuid({ error: msg('validation.cohorts.trackId') }))
    .max(20, { error: msg('validation.cohorts.tracksMax', { max: 20 }) })
    .transform((ids) => [...new Set(ids)]),
});
export type CohortTracksBody = z.input<typeof CohortTracksBody>;

export const TrackParams = z.object({ id: z.uuid({ error: msg('validation.cohorts.trackId') }) });

/** A track as others name it (a pilot's, a cohort's). */
export const TrackRef = z.object({ id: z.uuid(), kind: TrackKind, name: z.string() });
export type TrackRef = z.infer<typeof TrackRef>;

export const Track = TrackRef.extend({
  programmeId: z.uuid(),
  /** The programme's cohorts that belong to the track. */
  cohortIds: z.array(z.uuid()),
});
export type Track = z.infer<typeof Track>;

/** A programme's tracks, training first, then policy lab, train-the-trainers and others by name. */
export const TrackList = z.object({ tracks: z.array(Track) });
export type TrackList = z.infer<typeof TrackList>;

export const CohortTracks = z.object({ cohortId: z.uuid(), tracks: z.array(TrackRef) });
export type CohortTracks = z.infer<typeof CohortTracks>;
