import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts, programmes, programmeTracks } from './cohorts.ts';
import { contentLanguage } from './content-language.ts';
import { lessons } from './lessons.ts';
import { agendaItems } from './meetups.ts';
import { members } from './members.ts';
import { pilotStage } from './pilot-stage.ts';
import { threads } from './threads.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** Who sees a pilot: the whole network, or only the cohort it came from (with its team and organisers). */
export const pilotVisibility = pgEnum('pilot_visibility', ['network', 'cohort']);

/**
 * A pilot project that members of a programme carry back to their agencies, followed from an
 * idea to scale or to a stop.
 */
export const pilots = pgTable(
  'pilots',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    summarySource: text().notNull().default(''),
    summaryHtml: text().notNull().default(''),
    language: contentLanguage(),
    programmeId: uuid().references(() => programmes.id, { onDelete: 'set null' }),
    trackId: uuid().references(() => programmeTracks.id, { onDelete: 'set null' }),
    /** The cohort the pilot came from, if one. */
    cohortId: uuid().references(() => cohorts.id, { onDelete: 'set null' }),
    visibility: pilotVisibility().notNull().default('network'),
    /** The organisations that run or host it, as their names. */
    organisations: text().array().notNull().default(sql`'{}'::text[]`),
    stage: pilotStage().notNull().default('idea'),
    /** Why it stopped; set exactly when the stage is `stopped`. */
    stopReason: text(),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    stageChangedAt: timestamptz().notNull().defaultNow(),
    createdById: uuid().references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check(
      'pilots_stop_reason',
      sql`(${table.stage} = 'stopped') = (${table.stopReason} is not null)`,
    ),
    index('pilots_programme_idx').on(table.programmeId, table.stage),
    index('pilots_cohort_idx').on(table.cohortId),
    index('pilots_updated_idx').on(
      table.updatedAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
  ],
);

/** The members who carry a pilot, each with their role in it ("lead", "service designer"). */
export const pilotTeam = pgTable(
  'pilot_team',
  {
    pilotId: uuid()
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text().notNull().default(''),
    joinedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.pilotId, table.memberId] }),
    index('pilot_team_member_idx').on(table.memberId),
  ],
);

/** A dated update a team member posts; a stage change is an update with `stageFrom`/`stageTo`. */
export const pilotUpdates = pgTable(
  'pilot_updates',
  {
    id: uuid().primaryKey().defaultRandom(),
    pilotId: uuid()
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => members.id, { onDelete: 'set null' }),
    bodySource: text().notNull().default(''),
    bodyHtml: text().notNull().default(''),
    language: contentLanguage(),
    stageFrom: pilotStage(),
    stageTo: pilotStage(),
    /** The day the update is about, which may be before it was posted. */
    happenedOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    editedAt: timestamptz(),
  },
  (table) => [
    index('pilot_updates_pilot_idx').on(
      table.pilotId,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('pilot_updates_author_idx').on(table.authorId, table.createdAt.desc().nullsFirst()),
    index('pilot_updates_created_idx').on(table.createdAt.desc().nullsFirst()),
  ],
);

/** Members who follow a pilot and hear of its updates. */
export const pilotFollowers = pgTable(
  'pilot_followers',
  {
    pilotId: uuid()
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.pilotId, table.memberId] }),
    index('pilot_followers_member_idx').on(table.memberId),
  ],
);

/**
 * What a pilot links to: a thread or story, a lesson or a meetup contribution (exactly one of
 * them per row). Each side shows the link, to those who may see both.
 */
export const pilotLinks = pgTable(
  'pilot_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    pilotId: uuid()
      .notNull()
      .references(() => pilots.id, { onDelete: 'cascade' }),
    threadId: uuid().references(() => threads.id, { onDelete: 'cascade' }),
    lessonId: uuid().references(() => lessons.id, { onDelete: 'cascade' }),
    agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'cascade' }),
    createdById: uuid().references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check(
      'pilot_links_one_target',
      sql`num_nonnulls(${table.threadId}, ${table.lessonId}, ${table.agendaItemId}) = 1`,
    ),
    unique('pilot_links_once')
      .on(table.pilotId, table.threadId, table.lessonId, table.agendaItemId)
      .nullsNotDistinct(),
    index('pilot_links_thread_idx').on(table.threadId).where(sql`${table.threadId} is not null`),
    index('pilot_links_lesson_idx').on(table.lessonId).where(sql`${table.lessonId} is not null`),
    index('pilot_links_agenda_idx')
      .on(table.agendaItemId)
      .where(sql`${table.agendaItemId} is not null`),
  ],
);
