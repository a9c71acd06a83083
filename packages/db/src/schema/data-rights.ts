import { customType, index, integer, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from './members.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

export const dataExportStatus = pgEnum('data_export_status', ['preparing', 'ready', 'expired']);

/**
 * A zip of everything Praxis holds about one member (GDPR articles 15 and 20), prepared by a job
 * and kept in Postgres, as attachments are, so that every instance behind a load balancer can
 * hand it out. Its content goes when it expires; the row stays, so the member sees it expired.
 */
export const memberDataExports = pgTable(
  'member_data_exports',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** An admin who asked on the member's behalf; null when the member asked. */
    requestedById: uuid().references(() => members.id, { onDelete: 'set null' }),
    status: dataExportStatus().notNull().default('preparing'),
    content: bytea(),
    byteSize: integer(),
    requestedAt: timestamptz().notNull().defaultNow(),
    readyAt: timestamptz(),
    expiresAt: timestamptz(),
  },
  (table) => [index('member_data_exports_member_idx').on(table.memberId, table.requestedAt)],
);
