import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts.ts';
import { memberRole, members } from './members.ts';

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
