import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { members } from './members.ts';

export const programmes = pgTable('programmes', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  description: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export const cohorts = pgTable('cohorts', {
  id: uuid().primaryKey().defaultRandom(),
  programmeId: uuid()
    .notNull()
    .references(() => programmes.id, { onDelete: 'restrict' }),
  name: text().notNull().unique(),
  year: integer().notNull(),
  startsOn: date({ mode: 'string' }),
  endsOn: date({ mode: 'string' }),
  description: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export const cohortMemberships = pgTable(
  'cohort_memberships',
  {
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    joinedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.cohortId, table.memberId] }),
    index('cohort_memberships_member_id_idx').on(table.memberId),
  ],
);

/** What kind of track a programme runs; organisers name others as `other` with their own name. */
export const trackKind = pgEnum('track_kind', [
  'training',
  'policy_lab',
  'train_the_trainers',
  'other',
]);

/** A track of a programme (its training, its policy lab…): cohorts belong to one or more. */
export const programmeTracks = pgTable(
  'programme_tracks',
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    kind: trackKind().notNull(),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [unique('programme_tracks_name').on(table.programmeId, table.name)],
);

export const cohortTracks = pgTable(
  'cohort_tracks',
  {
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    trackId: uuid()
      .notNull()
      .references(() => programmeTracks.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.cohortId, table.trackId] }),
    index('cohort_tracks_track_idx').on(table.trackId),
  ],
);
