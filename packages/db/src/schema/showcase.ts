import { sql } from 'drizzle-orm';
import {
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contentLanguage } from './content-language.ts';
import type { LessonSections } from './lessons.ts';
import { lessons } from './lessons.ts';
import { members } from './members.ts';
import { pilotStage } from './pilot-stage.ts';
import { pilots } from './pilots.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** What the public showcase shows: a lesson of the library, or a pilot's public summary. */
export const showcaseKind = pgEnum('showcase_kind', ['lesson', 'pilot']);

/**
 * Asked for by an organiser, the item waits for every named person's consent, goes out when the
 * last one gives it, and is withdrawn for good (its address answers 410) when anyone withdraws.
 */
export const showcaseStatus = pgEnum('showcase_status', [
  'awaiting_consent',
  'published',
  'withdrawn',
]);

/**
 * Why an item left the showcase (or never reached it); `no_longer_qualifies`: the lesson or pilot
 * it was copied from changed in the app (left the library, narrowed to cohorts, lost a source's
 * consent, drew on a source gone off the record, or was deleted).
 */
export const showcaseWithdrawal = pgEnum('showcase_withdrawal', [
  'consent_declined',
  'consent_withdrawn',
  'unpublished',
  'no_longer_qualifies',
]);

/**
 * A named person's answer: still to come; yes, shown by name; yes, shown by their organisation
 * only; yes, not shown at all; or no.
 */
export const showcaseAnswer = pgEnum('showcase_answer', [
  'pending',
  'name',
  'organisation',
  'hidden',
  'declined',
]);

/**
 * One publication to the public showcase. What it shows is copied when the organiser asks for
 * it, so that everyone consents to exactly the text that goes out; a later edit of the lesson
 * or pilot does not reach the public page. The public address is the slug, never an id of the
 * closed app.
 */
export const showcaseItems = pgTable(
  'showcase_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The public address's last segment: words of the title and a random suffix. */
    slug: text().notNull().unique(),
    kind: showcaseKind().notNull(),
    lessonId: uuid().references(() => lessons.id, { onDelete: 'set null' }),
    pilotId: uuid().references(() => pilots.id, { onDelete: 'set null' }),
    status: showcaseStatus().notNull().default('awaiting_consent'),
    withdrawal: showcaseWithdrawal(),
    title: text().notNull(),
    /** A lesson's method card, cooked; null for a pilot. */
    sectionsHtml: jsonb().$type<LessonSections>(),
    /** A pilot's public summary as the organiser wrote it (Markdown) and cooked; null for a lesson. */
    summarySource: text(),
    summaryHtml: text(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    language: contentLanguage(),
    stage: pilotStage(),
    /** The programme it came from, by name. */
    programmeName: text(),
    /** A pilot's organisations, as named on the pilot. */
    organisations: text().array().notNull().default(sql`'{}'::text[]`),
    requestedById: uuid().references(() => members.id, { onDelete: 'set null' }),
    requestedAt: timestamptz().notNull().defaultNow(),
    publishedAt: timestamptz(),
    withdrawnAt: timestamptz(),
  },
  (table) => [
    check(
      'showcase_items_kind',
      sql`(${table.kind} = 'lesson') = (${table.sectionsHtml} is not null)
          and (${table.kind} = 'pilot') = (${table.summaryHtml} is not null)`,
    ),
    check(
      'showcase_items_withdrawal',
      sql`(${table.status} = 'withdrawn') = (${table.withdrawnAt} is not null and ${table.withdrawal} is not null)`,
    ),
    // At most one live publication per lesson and per pilot; withdrawn ones stay, for the 410.
    uniqueIndex('showcase_items_lesson_live')
      .on(table.lessonId)
      .where(sql`${table.status} <> 'withdrawn' and ${table.lessonId} is not null`),
    uniqueIndex('showcase_items_pilot_live')
      .on(table.pilotId)
      .where(sql`${table.status} <> 'withdrawn' and ${table.pilotId} is not null`),
    index('showcase_items_published_idx')
      .on(table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.status} = 'published'`),
    index('showcase_items_requested_idx').on(
      table.requestedAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
  ],
);

/**
 * Everyone an item names (a lesson's authors and the authors of the sources it quotes, a pilot's
 * team), each asked for consent and for how to be shown.
 */
export const showcaseCredits = pgTable(
  'showcase_credits',
  {
    itemId: uuid()
      .notNull()
      .references(() => showcaseItems.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** `author` or `source` for a lesson; the member's role in the team for a pilot. */
    role: text().notNull(),
    answer: showcaseAnswer().notNull().default('pending'),
    askedAt: timestamptz().notNull().defaultNow(),
    answeredAt: timestamptz(),
  },
  (table) => [
    primaryKey({ columns: [table.itemId, table.memberId] }),
    index('showcase_credits_member_idx').on(table.memberId, table.answer),
  ],
);
