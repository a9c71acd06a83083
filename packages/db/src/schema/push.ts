import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './auth.ts';
import { members } from './members.ts';

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/**
 * A browser that takes Web Push for a member: the push service's endpoint and the keys its
 * messages are encrypted with. Bound to the session that subscribed, so signing out of that
 * browser removes it; the push module owns it.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    sessionId: text()
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    endpoint: text().notNull().unique(),
    p256dh: text().notNull(),
    auth: text().notNull(),
    /** What the member sees in their device list ("Chrome on Android"). */
    label: text().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
    lastPushedAt: timestamptz(),
  },
  (table) => [index('push_subscriptions_member_idx').on(table.memberId)],
);
