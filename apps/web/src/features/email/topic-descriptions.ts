import type { EmailMode, EmailTopic, UnsubscribeTopic } from '@praxis/contracts/email';

/** Each topic as the settings page names and explains it. */
export const TOPICS: Record<EmailTopic, { label: string; hint: string }> = {
  own_thread_replies: {
    label: 'Replies in threads you started',
    hint: 'Someone replies to a question or story of yours, an answer to your question included.',
  },
  followed_thread_replies: {
    label: 'Replies in other threads you follow',
    hint: 'Someone replies in a thread you replied in or chose to follow.',
  },
  mentions: {
    label: 'Mentions',
    hint: 'Someone mentions you in a thread, in chat or in meetup notes.',
  },
  advice: {
    label: 'Advice',
    hint: 'Someone asks for your advice, or accepts your answer to their question.',
  },
  direct_messages: {
    label: 'Direct messages',
    hint: 'Someone writes to you in a conversation of your own.',
  },
  meetup_news: {
    label: 'Meetup news',
    hint: 'A date poll opens, a date is picked, a meetup moves or is cancelled, a seat frees up for you, your contribution is accepted, and reminders.',
  },
  flags: {
    label: 'Flagged posts',
    hint: 'A member flags a post for organisers to review.',
  },
};

export const MODES: { mode: EmailMode; label: string }[] = [
  { mode: 'instant', label: 'Instant' },
  { mode: 'daily', label: 'In my daily summary' },
  { mode: 'off', label: 'Off' },
];

/** What an unsubscribe link stops, as the end of "You will no longer get …". */
export function unsubscribeTopicName(topic: UnsubscribeTopic): string {
  if (topic === 'weekly_digest') return 'the weekly network digest';
  if (topic === 'daily_summary') return 'the daily summary';
  return `e-mail about ${TOPICS[topic].label.toLowerCase()}`;
}
