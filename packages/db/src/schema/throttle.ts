import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Fixed-window counters for login and reset attempts. Kept in Postgres rather than in
 * process memory so that every API instance behind a load balancer shares one count.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text().primaryKey(),
  windowStartedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  hits: integer().notNull(),
});
