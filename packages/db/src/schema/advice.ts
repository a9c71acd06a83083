import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { members } from './members.ts';
import { threads } from './threads.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** Where an advice request stands: the adviser answers it, then someone marks it done. */
export const ADVICE_REQUEST_STATES = [
  'pending',
  'accepted',
  'declined',
  'done',
  'expired',
] as const;
export type AdviceRequestState = (typeof ADVICE_REQUEST_STATES)[number];

/**
 * Members the author of a question asked for advice, and where each request stands. A request
 * the adviser leaves unanswered expires at `expiresAt`; `remindedAt` records the one reminder.
 * `helped` is the asker's answer to "Did this help?", once the request is done.
 */
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
    state: text({ enum: ADVICE_REQUEST_STATES }).notNull().default('pending'),
    answeredAt: timestamptz(),
    doneAt: timestamptz(),
    expiresAt: timestamptz(),
    remindedAt: timestamptz(),
    helped: boolean(),
    helpedAnsweredAt: timestamptz(),
  },
  (table) => [
    primaryKey({ columns: [table.threadId, table.memberId] }),
    index('advice_requests_member_idx').on(table.memberId, table.createdAt),
    index('advice_requests_asked_by_idx').on(table.askedById),
    check(
      'advice_requests_state_check',
      sql`${table.state} in ('pending', 'accepted', 'declined', 'done', 'expired')`,
    ),
  ],
);

/**
 * An adviser's limits: how many requests they take on a calendar month (null: no limit) and a
 * pause until a day. The row is also what a request for them locks, so that two asks racing for
 * the last place cannot both get it.
 */
export const adviserSettings = pgTable(
  'adviser_settings',
  {
    memberId: uuid()
      .primaryKey()
      .references(() => members.id, { onDelete: 'cascade' }),
    monthlyCapacity: integer(),
    awayUntil: date({ mode: 'string' }),
    updatedAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check(
      'adviser_settings_capacity_check',
      sql`${table.monthlyCapacity} is null or ${table.monthlyCapacity} between 0 and 50`,
    ),
  ],
);
