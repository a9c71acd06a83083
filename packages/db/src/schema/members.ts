import { sql } from 'drizzle-orm';
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const memberRole = pgEnum('member_role', ['member', 'organiser', 'admin']);

export const members = pgTable(
  'members',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index on lower(email) guards against a caller that forgets.
    email: text().notNull(),
    name: text().notNull(),
    role: memberRole().notNull().default('member'),
    passwordHash: text().notNull(),
    deactivatedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('members_email_key').on(sql`lower(${table.email})`)],
);
