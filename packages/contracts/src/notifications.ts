import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';

export const NotificationKind = z.enum([
  'reply',
  'mention',
  'accepted_answer',
  'advice_request',
  /** The adviser accepted, declined or finished a request; the asker hears of it. */
  'advice_accepted',
  'advice_declined',
  'advice_done',
  /** A request the adviser left unanswered expired; the asker hears of it. */
  'advice_expired',
  /** The adviser is reminded once, before a pending request expires. */
  'advice_reminder',
  /** The asker said the adviser's advice helped. */
  'advice_thanks',
  'flag',
  'meetup_poll_opened',
  /** Those invited who have not voted yet are asked to, by an organiser or before the deadline. */
  'meetup_poll_reminder',
  'meetup_scheduled',
  'meetup_changed',
  'meetup_cancelled',
  'meetup_reminder',
  'waitlist_promoted',
  'agenda_accepted',
  'direct_message',
  'chat_mention',
  'notes_mention',
  /** Mail to the member's address bounced for good: they should check it. In the app only. */
  'email_bounced',
  /** The author of a lesson's source is asked whether they may be quoted (and the lesson widened). */
  'lesson_review_requested',
  /** A lesson its authors wrote, or that draws on their posts, was published. */
  'lesson_published',
  /** A pilot they follow or carry has a new update; `detail.stage` holds a stage it moved to. */
  'pilot_update',
  /** They were added to a pilot's team; `detail.role` holds their role. */
  'pilot_team_added',
  /**
   * An organiser asks to publish something that names them to the public showcase: they choose
   * how to be shown, or decline. `detail.showcaseItemId` and `detail.title` name the item.
   */
  'showcase_consent_requested',
  /** Everyone it names consented: the item is on the public showcase. Same detail. */
  'showcase_published',
  /**
   * To the organiser who asked: someone it names declined or withdrew, and the item is off the
   * showcase for good. Same detail.
   */
  'showcase_withdrawn',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  actor: Author.nullable(),
  thread: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  replyId: z.uuid().nullable(),
  meetup: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  lesson: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  pilot: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The chat room of a direct message or a mention in chat. */
  roomId: z.uuid().nullable(),
  detail: z.record(z.string(), z.string()),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotificationListQuery = z.input<typeof NotificationListQuery>;

/** Unread notifications are counted up to this many; the count then means "this many or more". */
export const UNREAD_COUNT_LIMIT = 100;
const unreadCount = z
  .number()
  .describe(
    `How many are unread, counted up to ${UNREAD_COUNT_LIMIT} (which means as many or more)`,
  );

export const NotificationPage = z.object({
  notifications: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount,
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({ unreadCount });
export type UnreadCount = z.infer<typeof UnreadCount>;

export const NotificationParams = z.object({
  id: z.uuid({ error: msg('validation.notifications.id') }),
});
