import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The network's own settings, one row, set by admins. The platform's locale plugin
 * (apps/api/src/plugins/locale.ts) owns it: the language a visitor gets when neither they nor
 * their browser chose one.
 */
export const networkSettings = pgTable(
  'network_settings',
  {
    id: smallint().primaryKey().default(1),
    defaultLocale: text().notNull().default('en'),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  () => [check('network_settings_one_row', sql`id = 1`)],
);
