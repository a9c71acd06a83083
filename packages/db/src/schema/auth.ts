import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts.ts';
import { memberRole, members } from './members.ts';

/** `id` is the SHA-256 of the session token: the token itself never reaches the database. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/** Where an invitation's e-mail is: waiting to go, being handed over, delivered, or given up. */
export const invitationEmailStatus = pgEnum('invitation_email_status', [
  'queued',
  'sending',
  'sent',
  'failed',
]);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Null until the e-mail is sent: the token is made when its e-mail is, and only its hash kept.
    tokenHash: text().unique(),
    email: text().notNull(),
    role: memberRole().notNull().default('member'),
    /** The cohort the invitee joins on accepting, if any. */
    cohortId: uuid().references(() => cohorts.id, { onDelete: 'cascade' }),
    /** Pre-fills the invitee's profile. */
    name: text().notNull().default(''),
    organisation: text().notNull().default(''),
    emailStatus: invitationEmailStatus().notNull().default('sent'),
    emailAttempts: integer().notNull().default(0),
    emailNextAttemptAt: timestamp({ withTimezone: true, precision: 3 }),
    emailLastError: text(),
    emailSentAt: timestamp({ withTimezone: true, precision: 3 }),
    invitedById: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    acceptedAt: timestamp({ withTimezone: true, precision: 3 }),
    acceptedById: uuid().references(() => members.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('invitations_email_idx').on(table.email),
    index('invitations_cohort_id_idx').on(table.cohortId, table.createdAt),
    index('invitations_email_due_idx')
      .on(table.emailNextAttemptAt)
      .where(sql`${table.emailStatus} in ('queued', 'sending')`),
  ],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('password_resets_member_id_idx').on(table.memberId)],
);

/**
 * Fixed-window counters for login and reset attempts. Kept in Postgres rather than in
 * process memory so that every API instance behind a load balancer shares one count.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text().primaryKey(),
  windowStartedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  hits: integer().notNull(),
});
