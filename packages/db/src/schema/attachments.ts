import {
  bigint,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { members } from './members.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

/** What an attachment can belong to; each kind's owning module decides who sees it. */
export const attachmentOwnerKind = pgEnum('attachment_owner_kind', [
  'thread',
  'reply',
  'meetup_notes',
  'message',
]);

export const attachmentKind = pgEnum('attachment_kind', ['image', 'pdf']);

/**
 * A picture or PDF as the server stored it after checking it: images re-encoded without their
 * metadata, PDFs as uploaded once they parsed. Kept in Postgres like everything else, so a
 * backup and every instance behind a load balancer have them with nothing more to run. No
 * foreign key names the owner: owners live in other modules' tables, which delete an owner's
 * attachments in the transaction that deletes the owner.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    uploaderId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** Both null until the upload is attached to a post or message; then it has their visibility. */
    ownerKind: attachmentOwnerKind(),
    ownerId: uuid(),
    kind: attachmentKind().notNull(),
    /** The name the member's file had, shown on the card and offered when downloading. */
    fileName: text().notNull(),
    mediaType: text().notNull(),
    byteSize: integer().notNull(),
    /** Images only. */
    width: integer(),
    height: integer(),
    /** PDFs only. */
    pageCount: integer(),
    content: bytea().notNull(),
    /** Images only: at most 480 pixels wide, WebP. */
    thumbnail: bytea(),
    createdAt: timestamptz().notNull().defaultNow(),
    attachedAt: timestamptz(),
  },
  (table) => [
    index('attachments_owner_idx').on(table.ownerKind, table.ownerId),
    index('attachments_uploader_idx').on(table.uploaderId, table.createdAt),
  ],
);

/** What a member uploaded on one UTC day, so one member cannot fill the disk. */
export const attachmentQuotas = pgTable(
  'attachment_quotas',
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    files: integer().notNull().default(0),
    bytes: bigint({ mode: 'number' }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.memberId, table.day] })],
);
