import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * Mail the inbound listener (apps/api/src/plugins/inbound-mail.ts, which owns this table) accepted, kept until handled: the same Message-ID to the same
 * recipient is accepted once, so a mail delivered twice is handled once.
 */
export const inboundEmails = pgTable(
  'inbound_emails',
  {
    id: uuid().primaryKey().defaultRandom(),
    recipient: text().notNull(),
    messageId: text().notNull(),
    sender: text().notNull(),
    raw: text().notNull(),
    receivedAt: timestamptz().notNull().defaultNow(),
    handledAt: timestamptz(),
    outcome: text(),
  },
  (table) => [
    uniqueIndex('inbound_emails_message_idx').on(table.messageId, table.recipient),
    index('inbound_emails_pending_idx').on(table.receivedAt).where(sql`handled_at is null`),
  ],
);
