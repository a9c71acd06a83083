import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts, programmes } from './cohorts.ts';
import { contentLanguage } from './content-language.ts';
import { agendaItems, meetups } from './meetups.ts';
import { members } from './members.ts';
import { pilotStage } from './pilot-stage.ts';
import { replies, threads } from './threads.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** The sections of a lesson's method card, each Markdown (or its cooked HTML). */
export interface LessonSections {
  problem: string;
  tried: string;
  evidence: string;
  caveats: string;
  useWhen: string;
}

export const lessonStatus = pgEnum('lesson_status', ['draft', 'in_review', 'published']);

/**
 * A lesson of the practice library: a short method card drawn from threads, stories and meetups,
 * reviewed by the authors of its sources before it is published. A translation is a lesson of
 * its own that names its original.
 */
export const lessons = pgTable(
  'lessons',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    sectionsSource: jsonb().$type<LessonSections>().notNull(),
    sectionsHtml: jsonb().$type<LessonSections>().notNull(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    language: contentLanguage(),
    /** The programme and cohort the lesson came from, if any. */
    programmeId: uuid().references(() => programmes.id, { onDelete: 'set null' }),
    cohortId: uuid().references(() => cohorts.id, { onDelete: 'set null' }),
    /** How far the practice had gone when the lesson was drawn, if it was a pilot. */
    stage: pilotStage(),
    status: lessonStatus().notNull().default('draft'),
    translationOfId: uuid().references((): AnyPgColumn => lessons.id, { onDelete: 'cascade' }),
    createdById: uuid().references(() => members.id, { onDelete: 'set null' }),
    helpfulCount: integer().notNull().default(0),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
    publishedAt: timestamptz(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(praxis_search_config(language), title) || to_tsvector('praxis_simple', tags_to_text(tags)), 'A') || setweight(to_tsvector(praxis_search_config(language), coalesce(sections_source->>'problem', '') || ' ' || coalesce(sections_source->>'tried', '') || ' ' || coalesce(sections_source->>'evidence', '') || ' ' || coalesce(sections_source->>'caveats', '') || ' ' || coalesce(sections_source->>'useWhen', '')), 'B')`,
      ),
  },
  (table) => [
    check(
      'lessons_published_at',
      sql`(${table.status} = 'published') = (${table.publishedAt} is not null)`,
    ),
    index('lessons_published_idx')
      .on(table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.status} = 'published'`),
    index('lessons_helpful_idx')
      .on(table.helpfulCount.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.status} = 'published'`),
    index('lessons_translation_idx')
      .on(table.translationOfId)
      .where(sql`${table.translationOfId} is not null`),
    index('lessons_tags_idx').using('gin', table.tags),
    index('lessons_search_idx').using('gin', table.search),
  ],
);

/**
 * Who may read a lesson besides organisers and its authors: no row, the whole network; rows, the
 * members of these cohorts only. The server keeps it no wider than what every source that stays
 * cohort-only allows.
 */
export const lessonAudiences = pgTable(
  'lesson_audiences',
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    // Restrict, not cascade: a lesson with no audience rows reaches the whole network, so a
    // deleted cohort must not silently widen the lessons it bounded.
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.lessonId, table.cohortId] }),
    index('lesson_audiences_cohort_idx').on(table.cohortId),
  ],
);

/** The members credited with writing a lesson, who may edit it: its creator first. */
export const lessonAuthors = pgTable(
  'lesson_authors',
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    addedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.lessonId, table.memberId] }),
    index('lesson_authors_member_idx').on(table.memberId),
  ],
);

/** What a source's author said when asked: not asked (their own lesson), waiting, yes or no. */
export const lessonConsent = pgEnum('lesson_consent', [
  'not_asked',
  'pending',
  'agreed',
  'declined',
]);

/**
 * A thread or story, a reply, a meetup's notes or one of its agenda items that a lesson draws on
 * (exactly one per row; a reply also names its thread). The source's author is asked whether
 * they may be quoted, and, for a source only some cohorts see, whether the lesson may reach
 * further than those.
 */
export const lessonSources = pgTable(
  'lesson_sources',
  {
    id: uuid().primaryKey().defaultRandom(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    threadId: uuid().references(() => threads.id, { onDelete: 'cascade' }),
    replyId: uuid().references(() => replies.id, { onDelete: 'cascade' }),
    /** A meetup's notes (with no agenda item) or, with one, that item of its agenda. */
    meetupId: uuid().references(() => meetups.id, { onDelete: 'cascade' }),
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'cascade' }),
    /** Who is asked: the source's author when it was added. */
    authorId: uuid().references(() => members.id, { onDelete: 'set null' }),
    consent: lessonConsent().notNull().default('pending'),
    /** The author let the lesson reach beyond the cohorts that see their source. */
    widened: boolean().notNull().default(false),
    askedAt: timestamptz(),
    answeredAt: timestamptz(),
    addedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check(
      'lesson_sources_one_source',
      sql`(${table.threadId} is not null) <> (${table.meetupId} is not null)
          and (${table.replyId} is null or ${table.threadId} is not null)
          and (${table.agendaItemId} is null or ${table.meetupId} is not null)`,
    ),
    index('lesson_sources_lesson_idx').on(table.lessonId),
    index('lesson_sources_thread_idx').on(table.threadId).where(sql`${table.threadId} is not null`),
    index('lesson_sources_meetup_idx').on(table.meetupId).where(sql`${table.meetupId} is not null`),
    index('lesson_sources_author_idx')
      .on(table.authorId, table.consent)
      .where(sql`${table.authorId} is not null`),
  ],
);

/** "Helpful" marks on a lesson; the library's "most useful" orders by their count. */
export const lessonHelpfulMarks = pgTable(
  'lesson_helpful_marks',
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.lessonId, table.memberId] }),
    index('lesson_helpful_marks_member_idx').on(table.memberId),
  ],
);
