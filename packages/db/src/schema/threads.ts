import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts.ts';
import { contentLanguage } from './content-language.ts';
import { members } from './members.ts';

export const threadKind = pgEnum('thread_kind', [
  'question',
  'success',
  'failure',
  'discussion',
  'announcement',
]);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** The sections of a success or failure story, each Markdown (or its cooked HTML). */
export interface StorySections {
  context: string;
  tried: string;
  happened: string;
  learned: string;
  differently: string;
}

export const threads = pgTable(
  'threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: threadKind().notNull(),
    title: text().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    /** Null: the whole network sees the thread; else only this cohort's members and organisers. */
    cohortId: uuid().references(() => cohorts.id, { onDelete: 'restrict' }),
    /**
     * Posted anonymously: other members see "a member of <anonymousCohort>", or with no cohort "a
     * member of the network"; only organisers and admins can look up the author, audited.
     */
    anonymous: boolean().notNull().default(false),
    anonymousCohortId: uuid().references(() => cohorts.id, { onDelete: 'set null' }),
    /** Off the record (Chatham House): read inside Praxis only, never quoted outside it. */
    offRecord: boolean().notNull().default(false),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    bodySource: text().notNull().default(''),
    bodyHtml: text().notNull().default(''),
    /** The language the title, body and story are written in. */
    language: contentLanguage(),
    /** Stories only: the template's sections as written, and cooked. */
    storySource: jsonb().$type<StorySections>(),
    storyHtml: jsonb().$type<StorySections>(),
    acceptedReplyId: uuid().references((): AnyPgColumn => replies.id, { onDelete: 'set null' }),
    replyCount: integer().notNull().default(0),
    /** Helpful marks on the opening post and on every reply. */
    helpfulCount: integer().notNull().default(0),
    pinnedAt: timestamptz(),
    lockedAt: timestamptz(),
    hiddenAt: timestamptz(),
    editedAt: timestamptz(),
    lastActivityAt: timestamptz().notNull().defaultNow(),
    createdAt: timestamptz().notNull().defaultNow(),
    // One document for the title, tags, body and every story section, so that a story is found
    // by a word from any of its parts: the text in its language's configuration, the tags (names
    // of things, in any language) in the simple one. The configurations and
    // praxis_search_config are created by the migration.
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(praxis_search_config(language), title) || to_tsvector('praxis_simple', tags_to_text(tags)), 'A') || setweight(to_tsvector(praxis_search_config(language), body_source || ' ' || coalesce(story_source->>'context', '') || ' ' || coalesce(story_source->>'tried', '') || ' ' || coalesce(story_source->>'happened', '') || ' ' || coalesce(story_source->>'learned', '') || ' ' || coalesce(story_source->>'differently', '')), 'B')`,
      ),
  },
  (table) => [
    // Each list's exact order, so that a page is read off an index rather than sorted: the
    // latest view puts pinned threads first. PostgreSQL sorts DESC with nulls first.
    index('threads_activity_idx').on(
      table.lastActivityAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    // The week's new threads, newest first: what a weekly digest reads for each member. Without
    // it each digest scanned every thread (140 ms on 50,000).
    index('threads_created_idx').on(
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('threads_latest_idx').on(
      sql`((${table.pinnedAt} is not null)::int) desc`,
      table.lastActivityAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('threads_cohort_idx').on(table.cohortId),
    index('threads_author_idx').on(table.authorId),
    index('threads_tags_idx').using('gin', table.tags),
    index('threads_search_idx').using('gin', table.search),
  ],
);

export const replies = pgTable(
  'replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    /** The reply this one answers: a reference shown above it, the list itself stays flat. */
    replyToId: uuid().references((): AnyPgColumn => replies.id, { onDelete: 'set null' }),
    /** As on a thread: the author shown as a member of a cohort or of the network. */
    anonymous: boolean().notNull().default(false),
    anonymousCohortId: uuid().references(() => cohorts.id, { onDelete: 'set null' }),
    offRecord: boolean().notNull().default(false),
    bodySource: text().notNull(),
    bodyHtml: text().notNull(),
    language: contentLanguage(),
    helpfulCount: integer().notNull().default(0),
    editedAt: timestamptz(),
    /** A deleted reply keeps its place in the thread; its text is gone. */
    deletedAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector(praxis_search_config(language), body_source)`),
  },
  (table) => [
    index('replies_thread_idx').on(table.threadId, table.createdAt, table.id),
    index('replies_author_idx').on(table.authorId),
    index('replies_search_idx').using('gin', table.search),
    // Search ranks the latest matching replies: walked newest first, a common word stops early.
    index('replies_created_idx').on(
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
  ],
);

/** "Helpful" marks, on a thread's opening post (reply null) or on one of its replies. */
export const helpfulMarks = pgTable(
  'helpful_marks',
  {
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    replyId: uuid().references(() => replies.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    unique('helpful_marks_once')
      .on(table.threadId, table.replyId, table.memberId)
      .nullsNotDistinct(),
    index('helpful_marks_created_idx').on(table.createdAt),
  ],
);

/** Per member and thread: whether they follow it, and when they last read it. */
export const threadReaders = pgTable(
  'thread_readers',
  {
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** Null until the member chooses; authors and repliers follow unless they said no. */
    following: boolean(),
    lastReadAt: timestamptz(),
  },
  (table) => [
    primaryKey({ columns: [table.threadId, table.memberId] }),
    index('thread_readers_member_idx').on(table.memberId),
  ],
);

export const flags = pgTable(
  'flags',
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    replyId: uuid().references(() => replies.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    resolvedAt: timestamptz(),
    resolvedById: uuid().references(() => members.id, { onDelete: 'set null' }),
  },
  (table) => [
    unique('flags_once').on(table.threadId, table.replyId, table.memberId).nullsNotDistinct(),
    index('flags_open_idx').on(table.createdAt).where(sql`resolved_at is null`),
  ],
);
