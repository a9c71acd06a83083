import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { LessonSectionsText, LessonStage } from './lessons.ts';
import { markdown } from './pilots.ts';

// The public showcase: lessons and pilots' public summaries that organisers publish beyond the
// network, each with the consent of everyone it names. These are the signed-in API's shapes;
// the public pages themselves are HTML written by the server.

export const SHOWCASE_KINDS = ['lesson', 'pilot'] as const;
export const ShowcaseKind = z.enum(SHOWCASE_KINDS);
export type ShowcaseKind = z.infer<typeof ShowcaseKind>;

/** Waiting for consent, out on the public pages, or withdrawn for good. */
export const SHOWCASE_STATUSES = ['awaiting_consent', 'published', 'withdrawn'] as const;
export const ShowcaseStatus = z.enum(SHOWCASE_STATUSES);
export type ShowcaseStatus = z.infer<typeof ShowcaseStatus>;

/** Why an item left the showcase or never reached it. */
export const SHOWCASE_WITHDRAWALS = [
  'consent_declined',
  'consent_withdrawn',
  'unpublished',
  'no_longer_qualifies',
] as const;
export const ShowcaseWithdrawal = z.enum(SHOWCASE_WITHDRAWALS);
export type ShowcaseWithdrawal = z.infer<typeof ShowcaseWithdrawal>;

/**
 * A named person's answer: yes by name, yes by organisation only, yes but not shown, or no.
 * `pending` is only ever read, never sent.
 */
export const SHOWCASE_ANSWERS = ['pending', 'name', 'organisation', 'hidden', 'declined'] as const;
export const ShowcaseAnswer = z.enum(SHOWCASE_ANSWERS);
export type ShowcaseAnswer = z.infer<typeof ShowcaseAnswer>;

/** What a named person sends: how to be shown (consent), or `declined` (no, or no longer). */
export const ShowcaseConsent = z.object({
  answer: z.enum(['name', 'organisation', 'hidden', 'declined'], {
    error: msg('validation.showcase.answer'),
  }),
});
export type ShowcaseConsent = z.infer<typeof ShowcaseConsent>;

export const MAX_PUBLIC_SUMMARY = 4_000;

/** An organiser's request to publish a pilot: the summary written for the public. */
export const PublishPilot = z.object({
  summary: markdown(MAX_PUBLIC_SUMMARY).refine((value) => value.trim().length >= 20, {
    error: msg('validation.showcase.summaryTooShort', { min: 20 }),
  }),
});
export type PublishPilot = z.input<typeof PublishPilot>;

/** One person an item names, with their answer. */
export const ShowcaseCredit = z.object({
  member: Author,
  /** `author` or `source` for a lesson; the member's role in the team for a pilot. */
  role: z.string(),
  answer: ShowcaseAnswer,
  answeredAt: z.iso.datetime().nullable(),
});
export type ShowcaseCredit = z.infer<typeof ShowcaseCredit>;

/** An item as organisers and the people it names see it in the app. */
export const ShowcaseItem = z.object({
  id: z.uuid(),
  kind: ShowcaseKind,
  status: ShowcaseStatus,
  withdrawal: ShowcaseWithdrawal.nullable(),
  title: z.string(),
  /** The lesson or pilot it was published from, while it exists. */
  lessonId: z.uuid().nullable(),
  pilotId: z.uuid().nullable(),
  /** The public page's address (an absolute URL), once published; null before and after. */
  publicUrl: z.string().nullable(),
  requestedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  credits: z.array(ShowcaseCredit),
});
export type ShowcaseItem = z.infer<typeof ShowcaseItem>;

/**
 * What exactly goes out, as a named person reads it before answering: the copied text (cooked
 * HTML), never anything of the closed app beyond it.
 */
export const ShowcasePreview = z.object({
  item: ShowcaseItem,
  language: ContentLanguage,
  tags: z.array(z.string()),
  stage: LessonStage.nullable(),
  programmeName: z.string().nullable(),
  organisations: z.array(z.string()),
  /** A lesson's sections as cooked HTML; null for a pilot. */
  sectionsHtml: LessonSectionsText.nullable(),
  /** A pilot's public summary as cooked HTML; null for a lesson. */
  summaryHtml: z.string().nullable(),
  /** The reader's own answer, when the item names them. */
  myAnswer: ShowcaseAnswer.nullable(),
});
export type ShowcasePreview = z.infer<typeof ShowcasePreview>;

/** Organisers: every item, newest request first. A named member: the items that name them. */
export const ShowcaseItemPage = z.object({
  items: z.array(ShowcaseItem),
  nextCursor: z.string().nullable(),
});
export type ShowcaseItemPage = z.infer<typeof ShowcaseItemPage>;

export const ShowcaseItemQuery = z.object({
  cursor: z
    .string()
    .max(200, { error: msg('validation.showcase.cursor') })
    .optional(),
  /** `mine`: only the items that name the reader (every member may ask); `all`: organisers. */
  scope: z.enum(['mine', 'all'], { error: msg('validation.showcase.scope') }).default('mine'),
  /** Only the items copied from this lesson (a lesson's panel finds its request on any page). */
  lessonId: z.uuid({ error: msg('validation.showcase.lessonId') }).optional(),
  /** Only the items copied from this pilot. */
  pilotId: z.uuid({ error: msg('validation.showcase.pilotId') }).optional(),
});

export const ShowcaseItemParams = z.object({
  id: z.uuid({ error: msg('validation.showcase.itemId') }),
});
export const ShowcaseLessonParams = z.object({
  lessonId: z.uuid({ error: msg('validation.lessons.lessonId') }),
});
export const ShowcasePilotParams = z.object({
  pilotId: z.uuid({ error: msg('validation.pilots.pilotId') }),
});
