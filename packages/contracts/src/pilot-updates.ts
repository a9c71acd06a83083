import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';
import { ContentLanguage } from './languages.ts';
import {
  isoDate,
  markdown,
  PilotRef,
  PilotStage,
  PilotSummary,
  StopReason,
  uuid,
} from './pilots.ts';

// A pilot's timeline: the dated updates its team posts, as the pilot page, a member's profile
// and a meetup's "since the last exchange" show them.

export const MAX_PILOT_UPDATE = 20_000;
/** What "since the last exchange" lists at most of each kind, latest first. */
export const SINCE_LAST_EXCHANGE_LIMIT = 50;

/**
 * A dated update by a team member. With `stage` it moves the pilot (any move, back ones too);
 * moving to `stopped` needs the reason, and leaving `stopped` clears it.
 */
export const NewPilotUpdateBody = z
  .object({
    body: markdown(MAX_PILOT_UPDATE).refine((value) => value.trim() !== '', {
      error: msg('validation.pilots.updateRequired'),
    }),
    /** The day it is about; today when left out. */
    happenedOn: isoDate.optional(),
    language: ContentLanguage.optional(),
    stage: PilotStage.optional(),
    stopReason: StopReason.optional(),
  })
  .refine((update) => update.stage !== 'stopped' || !!update.stopReason, {
    error: msg('validation.pilots.stopReasonRequired'),
    path: ['stopReason'],
  })
  .refine((update) => update.stage === 'stopped' || update.stopReason === undefined, {
    error: msg('validation.pilots.stopReasonOnlyWhenStopping'),
    path: ['stopReason'],
  });
export type NewPilotUpdateBody = z.input<typeof NewPilotUpdateBody>;
export type NewPilotUpdateInput = z.output<typeof NewPilotUpdateBody>;

/** Editing an update's text or day; the stage it moved stays as it was. */
export const PilotUpdateEditBody = z
  .object({
    body: markdown(MAX_PILOT_UPDATE).refine((value) => value.trim() !== '', {
      error: msg('validation.pilots.updateRequired'),
    }),
    happenedOn: isoDate,
    language: ContentLanguage,
  })
  .partial();
export type PilotUpdateEditBody = z.input<typeof PilotUpdateEditBody>;

export const PilotUpdateParams = z.object({
  id: uuid('validation.pilots.pilotId'),
  updateId: uuid('validation.pilots.updateId'),
});

export const MemberPilotsParams = z.object({ handle: z.string().trim().min(1).max(60) });
export const PilotMeetupParams = z.object({ id: uuid('validation.pilots.meetupId') });

/** A dated update; a stage change carries where it moved from and to. */
export const PilotUpdate = z.object({
  id: z.uuid(),
  pilotId: z.uuid(),
  /** Null: an update whose author's account was erased with its name. */
  author: Author.nullable(),
  bodySource: z.string(),
  bodyHtml: z.string(),
  language: ContentLanguage,
  stageFrom: PilotStage.nullable(),
  stageTo: PilotStage.nullable(),
  happenedOn: z.string(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** The viewer may edit or delete it (its author, organisers and admins). */
  canEdit: z.boolean(),
});
export type PilotUpdate = z.infer<typeof PilotUpdate>;

/** The timeline, newest first. */
export const PilotUpdatePage = z.object({
  updates: z.array(PilotUpdate),
  nextCursor: z.string().nullable(),
});
export type PilotUpdatePage = z.infer<typeof PilotUpdatePage>;

/** An update shown away from its pilot (a profile, "since the last exchange"). */
export const PilotUpdateWithPilot = PilotUpdate.extend({ pilot: PilotRef });
export type PilotUpdateWithPilot = z.infer<typeof PilotUpdateWithPilot>;

/** A member's profile: the pilots they are on (that the viewer may see), and their latest updates. */
export const MemberPilots = z.object({
  pilots: z.array(PilotSummary.extend({ role: z.string() })),
  /** The latest updates to those pilots, newest first, at most 10. */
  updates: z.array(PilotUpdateWithPilot),
});
export type MemberPilots = z.infer<typeof MemberPilots>;

/** A lesson published since the last exchange, as the meetup page names it. */
export const SinceLesson = z.object({
  id: z.uuid(),
  title: z.string(),
  publishedAt: z.iso.datetime(),
});
export type SinceLesson = z.infer<typeof SinceLesson>;

/**
 * What happened since the previous meetup of the series (none: the last six months), from the
 * cohorts it invites (none: the whole network), as far as the viewer may see.
 */
export const SinceLastExchange = z.object({
  since: z.iso.datetime(),
  previousMeetup: z
    .object({ id: z.uuid(), title: z.string(), startsAt: z.iso.datetime() })
    .nullable(),
  /** Updates to the pilots, newest first; those with `stageTo` are the stage changes. */
  updates: z.array(PilotUpdateWithPilot),
  lessons: z.array(SinceLesson),
  /** True when there was more of either than the page lists. */
  truncated: z.boolean(),
});
export type SinceLastExchange = z.infer<typeof SinceLastExchange>;
