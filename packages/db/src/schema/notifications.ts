import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { messages, rooms } from './chat.ts';
import { lessons } from './lessons.ts';
import { meetups } from './meetups.ts';
import { members } from './members.ts';
import { pilots, pilotUpdates } from './pilots.ts';
import { replies, threads } from './threads.ts';

/**
 * Something that happened and concerns one member. The kind is plain text checked by the
 * contracts, so that later features add kinds without a migration. The in-app list, a live push
 * and an e-mail digest all read this one table.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    actorId: uuid().references(() => members.id, { onDelete: 'set null' }),
    threadId: uuid().references(() => threads.id, { onDelete: 'cascade' }),
    replyId: uuid().references(() => replies.id, { onDelete: 'cascade' }),
    meetupId: uuid().references(() => meetups.id, { onDelete: 'cascade' }),
    /** The chat room and message of a direct message or a mention in chat. */
    roomId: uuid().references(() => rooms.id, { onDelete: 'cascade' }),
    messageId: uuid().references(() => messages.id, { onDelete: 'cascade' }),
    /** The lesson whose sources' authors are asked, or that was published. */
    lessonId: uuid().references(() => lessons.id, { onDelete: 'cascade' }),
    /** The pilot, and the update of it, that followers hear of. */
    pilotId: uuid().references(() => pilots.id, { onDelete: 'cascade' }),
    pilotUpdateId: uuid().references(() => pilotUpdates.id, { onDelete: 'cascade' }),
    /** What the notification shows besides its links, e.g. the flag's reason. */
    detail: jsonb().$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
    /** When it went out by e-mail (alone, batched or in a daily summary); null: not mailed. */
    mailedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (table) => [
    index('notifications_member_idx').on(
      table.memberId,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    /** The unread ones, counted for the bell on every page: a member may have thousands read. */
    index('notifications_unread_idx')
      .on(table.memberId, table.createdAt.desc().nullsFirst())
      .where(sql`${table.readAt} is null`),
    /** Mentions an author made lately, counted against their hourly budget. */
    index('notifications_actor_idx').on(table.actorId, table.createdAt),
    index('notifications_message_idx')
      .on(table.messageId)
      .where(sql`${table.messageId} is not null`),
    /** Deleting a meetup or cohort deletes its room, and the room its notifications. */
    index('notifications_lesson_idx').on(table.lessonId).where(sql`${table.lessonId} is not null`),
    index('notifications_pilot_idx').on(table.pilotId).where(sql`${table.pilotId} is not null`),
    index('notifications_room_idx').on(table.roomId).where(sql`${table.roomId} is not null`),
  ],
);
