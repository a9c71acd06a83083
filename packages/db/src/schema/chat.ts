import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts } from './cohorts.ts';
import { contentLanguage } from './content-language.ts';
import { meetups } from './meetups.ts';
import { members } from './members.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const roomKind = pgEnum('room_kind', ['network', 'cohort', 'meetup', 'direct']);

/**
 * A chat room. Who is in a cohort or meetup room follows the cohort and the meetup; who is in a
 * direct room is listed in room_members. The two counters are the room's event clock: `lastSeq`
 * numbers messages, `lastChange` numbers every change (a message, an edit, a deletion); both are
 * taken under this row's lock, so they have no gaps and commit in order.
 */
export const rooms = pgTable(
  'rooms',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: roomKind().notNull(),
    cohortId: uuid().references(() => cohorts.id, { onDelete: 'cascade' }),
    meetupId: uuid().references(() => meetups.id, { onDelete: 'cascade' }),
    /**
     * The sorted member ids of a direct room, so that the same people find the same room; once
     * someone leaves it, `left:` and its id, so that nobody finds it that way again.
     */
    directKey: text(),
    lastSeq: integer().notNull().default(0),
    lastChange: integer().notNull().default(0),
    lastMessageAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('rooms_network_idx').on(table.kind).where(sql`${table.kind} = 'network'`),
    uniqueIndex('rooms_cohort_idx').on(table.cohortId),
    uniqueIndex('rooms_meetup_idx').on(table.meetupId),
    uniqueIndex('rooms_direct_key_idx').on(table.directKey),
    check(
      'rooms_kind_owner',
      sql`(${table.kind} = 'cohort') = (${table.cohortId} is not null)
        and (${table.kind} = 'meetup') = (${table.meetupId} is not null)
        and (${table.kind} = 'direct') = (${table.directKey} is not null)`,
    ),
  ],
);

/**
 * One row per member who has read or muted a room (their read marker) and, for direct rooms, one
 * per participant from the start: there the row is the membership. A muted room still counts its
 * unread messages, but not in the navigation, and a direct message in it notifies nobody.
 */
export const roomMembers = pgTable(
  'room_members',
  {
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    readSeq: integer().notNull().default(0),
    muted: boolean().notNull().default(false),
    joinedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.roomId, table.memberId] }),
    index('room_members_member_idx').on(table.memberId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    roomId: uuid()
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    change: integer().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    /** The sender's id for this send: a retry with the same one finds this row instead. */
    clientId: text().notNull(),
    body: text().notNull(),
    html: text().notNull(),
    language: contentLanguage(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true, precision: 3 }),
    deletedAt: timestamp({ withTimezone: true, precision: 3 }),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector(praxis_search_config(language), body)`),
  },
  (table) => [
    uniqueIndex('messages_room_seq_idx').on(table.roomId, table.seq),
    index('messages_search_idx').using('gin', table.search),
    uniqueIndex('messages_room_change_idx').on(table.roomId, table.change),
    uniqueIndex('messages_author_client_idx').on(table.authorId, table.clientId),
    // The outcomes dashboard counts who chatted in a period of months.
    index('messages_created_idx').on(table.createdAt),
  ],
);

/**
 * One member's emoji on one message. Written under the room's lock, as every change of the room
 * is, and the message's `change` moves on with it; a deleted message's reactions are deleted.
 */
export const messageReactions = pgTable(
  'message_reactions',
  {
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    emoji: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.messageId, table.emoji, table.memberId] }),
    index('message_reactions_member_idx').on(table.memberId),
    index('message_reactions_created_idx').on(table.createdAt),
  ],
);

/**
 * API instances alive right now and the members connected to each, so that "online" is true
 * across instances and an instance that dies without a goodbye stops counting once its
 * heartbeat is old.
 */
