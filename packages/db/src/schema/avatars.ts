import { customType, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { members } from './members.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A member's picture, re-encoded by the server at two square sizes. Kept in Postgres, like
 * everything else, so backups and scaled-out instances need nothing more.
 */
export const memberAvatars = pgTable('member_avatars', {
  memberId: uuid()
    .primaryKey()
    .references(() => members.id, { onDelete: 'cascade' }),
  /** 256 × 256 WebP, for profile pages. */
  large: bytea().notNull(),
  /** 64 × 64 WebP, for cards and lists. */
  small: bytea().notNull(),
  /** Changes with every upload; part of the image URLs so caches can keep them for good. */
  version: text().notNull(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
