import { index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from './members.ts';
import { threads } from './threads.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** Members the author of a question asked for advice, and when. */
export const adviceRequests = pgTable(
  'advice_requests',
  {
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    askedById: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.threadId, table.memberId] }),
    index('advice_requests_member_idx').on(table.memberId),
  ],
);
