import { msg } from '@praxis/i18n/message-ref';
import type { ServerMessageId } from '@praxis/i18n/server-catalogs';
import { z } from 'zod';
import { TrackRef } from './cohorts.ts';
import { Author, CohortRef, PageQuery } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { CONTROL_CHARACTERS } from './members.ts';

/** From an idea to scale, in this order, or stopped; any move is allowed, back ones too. */
export const PILOT_STAGES = ['idea', 'concept', 'pilot', 'scaled', 'stopped'] as const;
export const PilotStage = z.enum(PILOT_STAGES, { error: msg('validation.pilots.stage') });
export type PilotStage = z.infer<typeof PilotStage>;

/** The whole network, or only the cohort it came from (its team and organisers always see it). */
export const PilotVisibility = z.enum(['network', 'cohort'], {
  error: msg('validation.pilots.visibility'),
});
export type PilotVisibility = z.infer<typeof PilotVisibility>;

export const MAX_PILOT_SUMMARY = 20_000;
export const MAX_STOP_REASON = 2_000;
export const MAX_ORGANISATIONS = 20;
export const MAX_TEAM_ROLE = 80;

const noControl = (value: string) => !CONTROL_CHARACTERS.test(value);

const PilotName = z
  .string({ error: msg('validation.pilots.nameRequired') })
  .trim()
  .min(3, { error: msg('validation.pilots.nameTooShort') })
  .max(160, { error: msg('validation.pilots.nameTooLong', { max: 160 }) })
  .refine(noControl, { error: msg('validation.pilots.nameControl') });

/** Markdown; PostgreSQL refuses NUL, so it is refused here with a reason. */
export const markdown = (max: number) =>
  z
    .string({ error: msg('validation.pilots.textRequired') })
    .max(max, { error: msg('validation.pilots.textTooLong', { max }) })
    .refine((value) => !value.includes('\u0000'), { error: msg('validation.pilots.textNul') });

const Organisation = z
  .string({ error: msg('validation.pilots.organisationRequired') })
  .trim()
  .min(1, { error: msg('validation.pilots.organisationRequired') })
  .max(160, { error: msg('validation.pilots.organisationTooLong', { max: 160 }) })
  .refine(noControl, { error: msg('validation.pilots.organisationControl') });

const Organisations = z
  .array(Organisation)
  .max(MAX_ORGANISATIONS, {
    error: msg('validation.pilots.organisationsMax', { max: MAX_ORGANISATIONS }),
  })
  .transform((names) => [...new Set(names)]);

export const isoDate = z.iso.date({ error: msg('validation.pilots.dateInvalid') });

const datesInOrder = (pilot: { startsOn?: string | null; endsOn?: string | null }) =>
  !pilot.startsOn || !pilot.endsOn || pilot.startsOn <= pilot.endsOn;

export const StopReason = z
  .string({ error: msg('validation.pilots.stopReasonRequired') })
  .trim()
  .max(MAX_STOP_REASON, {
    error: msg('validation.pilots.stopReasonTooLong', { max: MAX_STOP_REASON }),
  })
  .refine((value) => !value.includes('\u0000'), { error: msg('validation.pilots.textNul') });

export const uuid = (key: ServerMessageId) => z.uuid({ error: msg(key) });

const pilotFields = {
  name: PilotName,
  summary: markdown(MAX_PILOT_SUMMARY),
  language: ContentLanguage,
  /** The track of the programme it came from; null: none. */
  trackId: uuid('validation.pilots.trackId').nullable(),
  /** The cohort it came from, one of the programme's; null: none. */
  cohortId: uuid('validation.pilots.cohortId').nullable(),
  /** `cohort` needs the cohort it came from. */
  visibility: PilotVisibility,
  organisations: Organisations,
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
};

/**
 * A new pilot of a programme. Organisers, and members of one of the programme's cohorts, start
 * one; whoever starts it joins its team as "lead". It starts as an idea unless a stage is given.
 */
export const NewPilotBody = z
  .object({
    programmeId: uuid('validation.pilots.programmeId'),
    ...pilotFields,
    summary: pilotFields.summary.default(''),
    language: pilotFields.language.optional(),
    trackId: pilotFields.trackId.default(null),
    cohortId: pilotFields.cohortId.default(null),
    visibility: pilotFields.visibility.default('network'),
    organisations: pilotFields.organisations.default([]),
    startsOn: pilotFields.startsOn.default(null),
    endsOn: pilotFields.endsOn.default(null),
    stage: PilotStage.exclude(['stopped'], { error: msg('validation.pilots.newStage') }).default(
      'idea',
    ),
  })
  .refine(datesInOrder, { error: msg('validation.pilots.datesOrder'), path: ['endsOn'] })
  .refine((pilot) => pilot.visibility !== 'cohort' || pilot.cohortId !== null, {
    error: msg('validation.pilots.cohortForVisibility'),
    path: ['cohortId'],
  });
export type NewPilotBody = z.input<typeof NewPilotBody>;
export type NewPilotInput = z.output<typeof NewPilotBody>;

/**
 * A change to a pilot's profile, by its team or an organiser: only what is given changes. The
 * stage moves with an update, never here; the programme stays the one it came from.
 */
export const PilotProfileBody = z
  .object(pilotFields)
  .partial()
  .refine(datesInOrder, { error: msg('validation.pilots.datesOrder'), path: ['endsOn'] });
export type PilotProfileBody = z.input<typeof PilotProfileBody>;
export type PilotProfileInput = z.output<typeof PilotProfileBody>;

export const TeamRole = z
  .string({ error: msg('validation.pilots.roleRequired') })
  .trim()
  .max(MAX_TEAM_ROLE, { error: msg('validation.pilots.roleTooLong', { max: MAX_TEAM_ROLE }) })
  .refine(noControl, { error: msg('validation.pilots.roleControl') });

/** Adds a member to the team with a role, or changes the role of one already in it. */
export const TeamMemberBody = z.object({ role: TeamRole.default('') });
export type TeamMemberBody = z.input<typeof TeamMemberBody>;

export const PilotFollowBody = z.object({ following: z.boolean() });

/** What a pilot links to: exactly one thread or story, lesson or meetup contribution. */
export const PilotLinkBody = z
  .object({
    threadId: uuid('validation.pilots.threadId').optional(),
    lessonId: uuid('validation.pilots.lessonId').optional(),
    agendaItemId: uuid('validation.pilots.agendaItemId').optional(),
  })
  .refine(
    (link) => [link.threadId, link.lessonId, link.agendaItemId].filter(Boolean).length === 1,
    { error: msg('validation.pilots.linkOneTarget') },
  );
export type PilotLinkBody = z.input<typeof PilotLinkBody>;

/** The pilots linked to one thread, lesson, meetup contribution or meetup (any of its contributions). */
export const LinkedPilotsQuery = z
  .object({
    threadId: uuid('validation.pilots.threadId').optional(),
    lessonId: uuid('validation.pilots.lessonId').optional(),
    agendaItemId: uuid('validation.pilots.agendaItemId').optional(),
    meetupId: uuid('validation.pilots.meetupId').optional(),
  })
  .refine(
    (query) =>
      [query.threadId, query.lessonId, query.agendaItemId, query.meetupId].filter(Boolean)
        .length === 1,
    { error: msg('validation.pilots.linkOneTarget') },
  );
export type LinkedPilotsQuery = z.input<typeof LinkedPilotsQuery>;

export const PilotParams = z.object({ id: uuid('validation.pilots.pilotId') });
export const PilotTeamParams = z.object({
  id: uuid('validation.pilots.pilotId'),
  memberId: uuid('validation.pilots.memberId'),
});
export const PilotLinkParams = z.object({
  id: uuid('validation.pilots.pilotId'),
  linkId: uuid('validation.pilots.linkId'),
});

/**
 * The board: pilots ordered by stage (idea first, stopped last), then most recently changed. All
 * filters combine; `q` searches names, summaries and organisations.
 */
export const PilotBoardQuery = PageQuery.extend({
  programme: uuid('validation.pilots.programmeId').optional(),
  track: uuid('validation.pilots.trackId').optional(),
  cohort: uuid('validation.pilots.cohortId').optional(),
  stage: PilotStage.optional(),
  organisation: z
    .string()
    .trim()
    .max(160, { error: msg('validation.pilots.organisationTooLong', { max: 160 }) })
    .optional(),
  q: z
    .string()
    .trim()
    .max(200, { error: msg('validation.pilots.searchTooLong', { max: 200 }) })
    .optional(),
});
export type PilotBoardQuery = z.input<typeof PilotBoardQuery>;

export const ProgrammeRef = z.object({ id: z.uuid(), name: z.string() });

export const PilotRef = z.object({ id: z.uuid(), name: z.string(), stage: PilotStage });
export type PilotRef = z.infer<typeof PilotRef>;

export const PilotSummary = PilotRef.extend({
  programme: ProgrammeRef.nullable(),
  track: TrackRef.nullable(),
  cohort: CohortRef.nullable(),
  visibility: PilotVisibility,
  organisations: z.array(z.string()),
  stopReason: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  teamSize: z.number(),
  stageChangedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PilotSummary = z.infer<typeof PilotSummary>;

const stageCount = z.number().int().min(0);
export const PilotBoard = z.object({
  pilots: z.array(PilotSummary),
  /** How many pilots each stage holds under the filters, whatever the page. */
  counts: z.object({
    idea: stageCount,
    concept: stageCount,
    pilot: stageCount,
    scaled: stageCount,
    stopped: stageCount,
  }),
  nextCursor: z.string().nullable(),
});
export type PilotBoard = z.infer<typeof PilotBoard>;

export const PilotTeamMember = z.object({
  member: Author,
  role: z.string(),
  joinedAt: z.iso.datetime(),
});
export type PilotTeamMember = z.infer<typeof PilotTeamMember>;

/** A link as the pilot page shows it: only to what the viewer may see too. */
export const PilotLink = z.object({
  id: z.uuid(),
  target: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('thread'),
      id: z.uuid(),
      title: z.string(),
      threadKind: z.string(),
    }),
    z.object({ kind: z.literal('lesson'), id: z.uuid(), title: z.string() }),
    z.object({
      kind: z.literal('agenda_item'),
      id: z.uuid(),
      title: z.string(),
      meetupId: z.uuid(),
      meetupTitle: z.string(),
    }),
  ]),
  createdAt: z.iso.datetime(),
});
export type PilotLink = z.infer<typeof PilotLink>;

export const PilotDetail = PilotSummary.extend({
  summarySource: z.string(),
  summaryHtml: z.string(),
  language: ContentLanguage,
  team: z.array(PilotTeamMember),
  links: z.array(PilotLink),
  followerCount: z.number(),
  following: z.boolean(),
  /** The viewer may change its profile, team and links (its team, organisers and admins). */
  canEdit: z.boolean(),
  /** The viewer may post updates (its team). */
  canPostUpdates: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type PilotDetail = z.infer<typeof PilotDetail>;

export const LinkedPilots = z.object({ pilots: z.array(PilotSummary) });
export type LinkedPilots = z.infer<typeof LinkedPilots>;

export const FollowState = z.object({ following: z.boolean() });
