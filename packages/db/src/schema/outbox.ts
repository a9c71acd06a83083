import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Where e-mail goes when no SMTP server is configured; admins read it in the app. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid().primaryKey().defaultRandom(),
    recipient: text().notNull(),
    subject: text().notNull(),
    bodyText: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('outbox_emails_created_at_idx').on(table.createdAt, table.id)],
);
