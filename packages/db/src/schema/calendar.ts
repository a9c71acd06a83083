import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from './members.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** A member's personal calendar feed: only the hash of its secret token is kept. */
export const calendarFeeds = pgTable('calendar_feeds', {
  memberId: uuid()
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  createdAt: timestamptz().notNull().defaultNow(),
});
