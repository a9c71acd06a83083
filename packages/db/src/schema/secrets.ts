import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * Keys the server signs tokens with (one-click unsubscribe links, bounce addresses), one per
 * purpose, made on first use. The platform's signing (apps/api/src/lib/signing.ts) owns it.
 */
export const serverSecrets = pgTable('server_secrets', {
  name: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamptz().notNull().defaultNow(),
});
