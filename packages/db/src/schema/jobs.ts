import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * Background work to do at a time, of any kind a module registers with the API's job runner
 * (which owns this table). A claim takes due rows with FOR UPDATE SKIP LOCKED and moves `runAt`
 * ahead by a lease, so each job is run by one instance however many poll; the key keeps the
 * same job from being queued twice.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    key: text().notNull(),
    payload: jsonb().$type<Record<string, string>>().notNull().default({}),
    runAt: timestamptz().notNull(),
    doneAt: timestamptz(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jobs_key_idx').on(table.key),
    index('jobs_due_idx').on(table.runAt).where(sql`done_at is null`),
  ],
);
