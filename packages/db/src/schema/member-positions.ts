import { sql } from 'drizzle-orm';
import { customType, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { governmentLevel } from './government-level.ts';
import { members } from './members.ts';


const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A member's organisation history: one row per post held. `endMonth` null means they hold it
 * still; the current post (open, latest start) is copied onto the member's row, which is what
 * the directory, profile cards and search read (see the members module).
 */
export const memberPositions = pgTable(
  'member_positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text().notNull(),
    organisation: text().notNull(),
    level: governmentLevel().notNull(),
    policyArea: text().notNull().default(''),
    /** The first day of the month the post began. */
    startMonth: date({ mode: 'string' }).notNull(),
    /** The first day of the month it ended; null while it is held. */
    endMonth: date({ mode: 'string' }),
    // "Worked at": organisation names read with the simple configuration (accents folded, no
    // stemming), so that the directory finds past employers through an index.
    organisationSearch: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('praxis_simple', coalesce(organisation, ''))`),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    index('member_positions_member_idx').on(table.memberId, table.startMonth),
    index('member_positions_organisation_idx').using('gin', table.organisationSearch),
  ],
);
