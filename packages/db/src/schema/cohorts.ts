import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
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
