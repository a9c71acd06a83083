import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts.ts';
import { contentLanguage } from './content-language.ts';
import { members } from './members.ts';
import { threads } from './threads.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A recurring exchange, such as the six-monthly "inter-Transfo" of all alumni. */
export const meetupSeries = pgTable('meetup_series', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  descriptionSource: text().notNull().default(''),
  descriptionHtml: text().notNull().default(''),
  cadenceMonths: integer().notNull().default(6),
  defaultDurationMinutes: integer().notNull().default(180),
  /** IANA time zone the series' meetups usually happen in, e.g. Europe/Paris. */
  defaultTimezone: text().notNull().default('Europe/Paris'),
  defaultVenue: text().notNull().default(''),
  defaultOnlineUrl: text().notNull().default(''),
  createdById: uuid().references(() => members.id, { onDelete: 'set null' }),
  createdAt: timestamptz().notNull().defaultNow(),
});

/** The cohorts a series invites; a series with none invites the whole network. */
export const meetupSeriesCohorts = pgTable(
  'meetup_series_cohorts',
  {
    seriesId: uuid()
      .notNull()
      .references(() => meetupSeries.id, { onDelete: 'cascade' }),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.seriesId, table.cohortId] })],
);

/** Who runs the series, besides the platform's organisers and admins. */
export const meetupSeriesOrganisers = pgTable(
  'meetup_series_organisers',
  {
    seriesId: uuid()
      .notNull()
      .references(() => meetupSeries.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.seriesId, table.memberId] })],
);

export const meetupStatus = pgEnum('meetup_status', ['proposed', 'scheduled', 'done', 'cancelled']);

export const meetups = pgTable(
  'meetups',
  {
    id: uuid().primaryKey().defaultRandom(),
    seriesId: uuid()
      .notNull()
      .references(() => meetupSeries.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    descriptionSource: text().notNull().default(''),
    descriptionHtml: text().notNull().default(''),
    status: meetupStatus().notNull().default('proposed'),
    /** Null while the date poll is open. */
    startsAt: timestamptz(),
    endsAt: timestamptz(),
    /** IANA time zone the meetup happens in; times are stored in UTC. */
    timezone: text().notNull(),
    venue: text().notNull().default(''),
    onlineUrl: text().notNull().default(''),
    /** Null: no limit. */
    capacity: integer(),
    cancelReason: text(),
    notesSource: text().notNull().default(''),
    notesHtml: text().notNull().default(''),
    notesLanguage: contentLanguage(),
    /** The notes are off the record: read inside Praxis only, never quoted outside it. */
    notesOffRecord: boolean().notNull().default(false),
    /** When the date poll stops taking votes; null: open until a date is picked. */
    pollClosesAt: timestamptz(),
    /** When those who had not voted were last reminded; one reminder per poll and day at most. */
    pollRemindedAt: timestamptz(),
    /** iCalendar SEQUENCE: goes up with every change a calendar should pick up. */
    sequence: integer().notNull().default(0),
    /**
     * The secret in the venue's check-in link (and its QR code); null until an organiser first
     * shows it. Replacing it stops the old link working. Kept as is, not hashed: organisers show
     * it again, and it only lets an invitee who is signed in say they are there.
     */
    checkInToken: text().unique(),
    createdById: uuid().references(() => members.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
    // The header search's document. A meetup's description has no language of its own, so it is
    // indexed unstemmed (accents folded): the search looks every word up in that configuration too.
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('praxis_simple', title), 'A') || setweight(to_tsvector('praxis_simple', description_source || ' ' || venue), 'B')`,
      ),
  },
  (table) => [
    index('meetups_series_idx').on(table.seriesId, table.startsAt),
    index('meetups_starts_idx').on(table.startsAt),
    index('meetups_search_idx').using('gin', table.search),
  ],
);

/** A candidate date of a meetup's poll. */
export const meetupSlots = pgTable(
  'meetup_slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetupId: uuid()
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    timezone: text().notNull(),
  },
  (table) => [index('meetup_slots_meetup_idx').on(table.meetupId, table.startsAt)],
);

export const voteChoice = pgEnum('vote_choice', ['yes', 'if_need_be', 'no']);

export const meetupVotes = pgTable(
  'meetup_votes',
  {
    slotId: uuid()
      .notNull()
      .references(() => meetupSlots.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    choice: voteChoice().notNull(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.slotId, table.memberId] })],
);

/** What a voter adds to their votes ("Only mornings that week"): one comment per voter and poll. */
export const meetupPollComments = pgTable(
  'meetup_poll_comments',
  {
    meetupId: uuid()
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.meetupId, table.memberId] })],
);

export const rsvpStatus = pgEnum('rsvp_status', ['going', 'maybe', 'not_going', 'waitlisted']);

export const rsvps = pgTable(
  'rsvps',
  {
    meetupId: uuid()
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    status: rsvpStatus().notNull(),
    /** When they asked for a seat: the waitlist's order. */
    queuedAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.meetupId, table.memberId] }),
    index('rsvps_member_idx').on(table.memberId),
  ],
);

export const agendaKind = pgEnum('agenda_kind', [
  'success_story',
  'failure_story',
  'lesson',
  'workshop',
  'other',
]);
export const agendaStatus = pgEnum('agenda_status', ['proposed', 'accepted', 'declined']);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    meetupId: uuid()
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    speakerId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    kind: agendaKind().notNull(),
    minutes: integer().notNull(),
    threadId: uuid().references(() => threads.id, { onDelete: 'set null' }),
    status: agendaStatus().notNull().default('proposed'),
    /** Order in the published agenda; null until accepted. */
    position: integer(),
    startsAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [index('agenda_items_meetup_idx').on(table.meetupId, table.position)],
);

/**
 * Who was at a meetup: marked by an organiser, or by the member themselves through the venue's
 * check-in link while the meetup runs. One row per member and meetup, whatever their RSVP said.
 */
export const meetupCheckIns = pgTable(
  'meetup_check_ins',
  {
    meetupId: uuid()
      .notNull()
      .references(() => meetups.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    checkedInAt: timestamptz().notNull().defaultNow(),
    /** The organiser who marked them; null when the member checked in themselves. */
    markedById: uuid().references(() => members.id, { onDelete: 'set null' }),
  },
  (table) => [
    primaryKey({ columns: [table.meetupId, table.memberId] }),
    index('meetup_check_ins_member_idx').on(table.memberId),
  ],
);
