import type { EmailMode, EmailTopic } from '@praxis/contracts/email';
import type { MessageId } from '../../lib/i18n/message-ids.ts';

/** Each topic as the settings page names and explains it. */
export const TOPICS: Record<EmailTopic, { label: MessageId; hint: MessageId }> = {
  own_thread_replies: {
    label: 'email.topic.ownThreadReplies',
    hint: 'email.topic.ownThreadRepliesHint',
  },
  followed_thread_replies: {
    label: 'email.topic.followedThreadReplies',
    hint: 'email.topic.followedThreadRepliesHint',
  },
  mentions: { label: 'email.topic.mentions', hint: 'email.topic.mentionsHint' },
  advice: { label: 'email.topic.advice', hint: 'email.topic.adviceHint' },
  direct_messages: {
    label: 'email.topic.directMessages',
    hint: 'email.topic.directMessagesHint',
  },
  meetup_news: { label: 'email.topic.meetupNews', hint: 'email.topic.meetupNewsHint' },
  flags: { label: 'email.topic.flags', hint: 'email.topic.flagsHint' },
  practice: { label: 'email.topic.practice', hint: 'email.topic.practiceHint' },
};

export const MODES: { mode: EmailMode; label: MessageId }[] = [
  { mode: 'instant', label: 'email.mode.instant' },
  { mode: 'daily', label: 'email.mode.daily' },
  { mode: 'off', label: 'email.mode.off' },
];
