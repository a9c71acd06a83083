import {
  bigserial,
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { members } from './members.ts';

/** API instances with live sockets, each beating a heartbeat; a silent one is swept. */
export const realtimeInstances = pgTable('realtime_instances', {
  id: uuid().primaryKey(),
  seenAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** Who has a socket open on which instance: presence across instances. */
export const presence = pgTable(
  'presence',
  {
    instanceId: uuid()
      .notNull()
      .references(() => realtimeInstances.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** One of the member's tabs on this instance has the focus: nothing is pushed to them then. */
    focused: boolean().notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.instanceId, table.memberId] }),
    index('presence_member_idx').on(table.memberId),
  ],
);

/**
 * Events too big for a NOTIFY payload (Postgres refuses 8000 bytes): written in the publishing
 * transaction, announced by id, read by every instance, and deleted after a few minutes.
 */
export const realtimeSpill = pgTable(
  'realtime_spill',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    event: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index('realtime_spill_created_at_idx').on(table.createdAt)],
);
