import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { rooms } from './chat.ts';
import { members } from './members.ts';
import { threads } from './threads.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * How a member wants each topic of notification mailed: `instant`, `daily` or `off` (and the
 * weekly digest `weekly` or `off`). Only the choices a member made are stored; the e-mail
 * module's defaults stand for the rest, so a new topic needs no migration.
 */
export const emailPreferences = pgTable(
  'email_preferences',
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    topic: text().notNull(),
    mode: text().notNull(),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.memberId, table.topic] })],
);

/**
 * Every mail Praxis sent or is sending about members' activity: what it said (so a soft bounce
 * can send it again), and what became of it. Its id, signed, is the VERP return path's token.
 */
export const emailDeliveries = pgTable(
  'email_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid().references(() => members.id, { onDelete: 'cascade' }),
    address: text().notNull(),
    /** notice, daily, weekly, refusal, … */
    purpose: text().notNull(),
    subject: text().notNull(),
    /** The rendered message: text, html, headers, attachments. */
    message: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    sentAt: timestamptz(),
    bouncedAt: timestamptz(),
    bounce: text(),
    /** How often it was sent again after a temporary failure (a soft bounce). */
    resends: integer().notNull().default(0),
  },
  (table) => [
    index('email_deliveries_member_idx').on(table.memberId, table.createdAt),
    index('email_deliveries_address_idx').on(table.address, table.createdAt),
  ],
);

/** Addresses mail bounced from: a hard bounce stops mail to the address until it changes. */
export const emailAddressHealth = pgTable('email_address_health', {
  /** Lower-cased. */
  address: text().primaryKey(),
  hardBouncedAt: timestamptz(),
  softBounces: integer().notNull().default(0),
  lastBounce: text(),
  lastBouncedAt: timestamptz().notNull().defaultNow(),
});

/**
 * Reply-To addresses handed out in mails: `reply+<token>@domain` posts as `memberId` in the
 * thread or the room. Only the token's SHA-256 is stored.
 */
export const replyAddresses = pgTable(
  'reply_addresses',
  {
    tokenHash: text().primaryKey(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    threadId: uuid().references(() => threads.id, { onDelete: 'cascade' }),
    roomId: uuid().references(() => rooms.id, { onDelete: 'cascade' }),
    expiresAt: timestamptz().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [index('reply_addresses_expires_idx').on(table.expiresAt)],
);
