import { EmailMode, EmailTopic, PushTopic, type UnsubscribeTopic } from '@praxis/contracts/email';
import type { Role } from '@praxis/contracts/members';
import type { NotificationKind } from '@praxis/contracts/notifications';

/** What the weekly digest is stored as among the preferences: `weekly` or `off`. */
export const WEEKLY_DIGEST = 'weekly_digest';

/** A daily summary's one-click unsubscribe turns off every topic that was summarised daily. */
export const DAILY_SUMMARY = 'daily_summary';

/** What a one-click unsubscribe can stop: one topic, the weekly digest or the daily summary. */
export type Unsubscribable = UnsubscribeTopic;

/**
 * Which topic a notification belongs to; null for what is never mailed. A reply belongs to the
 * member's own threads or to the others they follow, which only the thread's author says.
 */
export function topicOf(kind: NotificationKind, ownThread: boolean): EmailTopic | null {
  switch (kind) {
    case 'reply':
      return ownThread ? 'own_thread_replies' : 'followed_thread_replies';
    case 'mention':
    case 'chat_mention':
    case 'notes_mention':
      return 'mentions';
    case 'advice_request':
    case 'advice_accepted':
    case 'advice_declined':
    case 'advice_done':
    case 'advice_expired':
    case 'advice_reminder':
    case 'advice_thanks':
    case 'accepted_answer':
      return 'advice';
    case 'direct_message':
      return 'direct_messages';
    case 'meetup_poll_opened':
    case 'meetup_poll_reminder':
    case 'meetup_scheduled':
    case 'meetup_changed':
    case 'meetup_cancelled':
    case 'meetup_reminder':
    case 'waitlist_promoted':
    case 'agenda_accepted':
      return 'meetup_news';
    case 'flag':
      return 'flags';
    case 'lesson_review_requested':
    case 'lesson_published':
    case 'pilot_update':
    case 'pilot_team_added':
    case 'showcase_consent_requested':
    case 'showcase_published':
    case 'showcase_withdrawn':
      return 'practice';
    case 'email_bounced':
      return null;
  }
}

const DEFAULTS: Record<EmailTopic, EmailMode> = {
  own_thread_replies: 'instant',
  followed_thread_replies: 'daily',
  mentions: 'instant',
  advice: 'instant',
  direct_messages: 'instant',
  meetup_news: 'daily',
  flags: 'instant',
  practice: 'daily',
};

/** The topics a member of `role` can have mailed: flags are for those who review them. */
export function topicsFor(role: Role): EmailTopic[] {
  return EmailTopic.options.filter((topic) => topic !== 'flags' || role !== 'member');
}

/**
 * A member's modes: what they chose where they chose, the defaults elsewhere; `off` for a topic
 * their role does not get.
 */
export function modesFor(
  role: Role,
  chosen: ReadonlyMap<string, string>,
): { topics: Record<EmailTopic, EmailMode>; weeklyDigest: boolean } {
  const allowed = new Set(topicsFor(role));
  const topics = Object.fromEntries(
    EmailTopic.options.map((topic) => {
      const mode = EmailMode.safeParse(chosen.get(topic));
      return [topic, allowed.has(topic) ? (mode.success ? mode.data : DEFAULTS[topic]) : 'off'];
    }),
  ) as Record<EmailTopic, EmailMode>;
  return { topics, weeklyDigest: chosen.get(WEEKLY_DIGEST) !== 'off' };
}

/**
 * A topic's push choice is stored among the e-mail preferences as `push:<topic>`, `on` or `off`:
 * a table of topics and modes needs no new column for it.
 */
export const pushKey = (topic: PushTopic): `push:${PushTopic}` => `push:${topic}`;

/** Which push topic a notification belongs to; null for what is never pushed. */
export function pushTopicOf(kind: NotificationKind): PushTopic | null {
  const topic = PushTopic.safeParse(topicOf(kind, false));
  return topic.success ? topic.data : null;
}

/** Every push topic is on until the member turns it off. */
export function pushChoices(chosen: ReadonlyMap<string, string>): Record<PushTopic, boolean> {
  return Object.fromEntries(
    PushTopic.options.map((topic) => [topic, chosen.get(pushKey(topic)) !== 'off']),
  ) as Record<PushTopic, boolean>;
}
