import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/** What a member can choose to have mailed, each on its own. */
export const EmailTopic = z.enum([
  /** Replies in threads the member started, answers to their questions included. */
  'own_thread_replies',
  /** Replies in other threads they follow. */
  'followed_thread_replies',
  /** Mentions in threads, chat and meetup notes. */
  'mentions',
  /** Advice requests to them, and their answer being accepted. */
  'advice',
  'direct_messages',
  /** A poll opened, a date picked, a seat freed, moved, cancelled, a contribution accepted. */
  'meetup_news',
  /** Flagged posts waiting for review; organisers only. */
  'flags',
  /** Lessons drawing on their posts (to review, published) and updates of pilots they follow. */
  'practice',
]);
export type EmailTopic = z.infer<typeof EmailTopic>;

/** Right away (batched over a few minutes), in the daily summary, or never. */
export const EmailMode = z.enum(['instant', 'daily', 'off'], {
  error: msg('validation.email.modeInvalid'),
});
export type EmailMode = z.infer<typeof EmailMode>;

/** The topics that can reach the member's devices by push too, each on or off on its own. */
export const PushTopic = z.enum([
  'direct_messages',
  'mentions',
  'advice',
  'meetup_news',
  'practice',
]);
export type PushTopic = z.infer<typeof PushTopic>;

export const EmailPreferences = z.object({
  topics: z.record(EmailTopic, EmailMode),
  weeklyDigest: z.boolean(),
  /** Push to the member's devices, topic by topic; apart from e-mail. */
  push: z.record(PushTopic, z.boolean()),
  /** The address mail goes to. */
  address: z.string(),
  /** Set when mail to the address bounced for good: nothing is sent until it changes. */
  bounced: z.object({ at: z.iso.datetime(), reason: z.string() }).nullable(),
});
export type EmailPreferences = z.infer<typeof EmailPreferences>;

export const EmailPreferencesUpdate = z.strictObject(
  {
    topics: z
      .partialRecord(EmailTopic, EmailMode, {
        // zod reports keys outside the enum as unrecognized_keys, which its types do not list.
        error: (issue) =>
          issue.code === 'invalid_type'
            ? msg('validation.email.topicsShape')
            : msg('validation.email.topicUnknown', {
                keys: ((issue as { keys?: string[] }).keys ?? []).join(', '),
                topics: EmailTopic.options.join(', '),
              }),
      })
      .optional(),
    weeklyDigest: z.boolean({ error: msg('validation.email.weeklyDigestFlag') }).optional(),
    push: z
      .partialRecord(PushTopic, z.boolean({ error: msg('validation.email.pushFlag') }), {
        error: (issue) =>
          issue.code === 'invalid_type'
            ? msg('validation.email.pushShape')
            : msg('validation.email.topicUnknown', {
                keys: ((issue as { keys?: string[] }).keys ?? []).join(', '),
                topics: PushTopic.options.join(', '),
              }),
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? msg('validation.email.fieldsUnknown', { keys: issue.keys.join(', ') })
        : msg('validation.email.bodyShape'),
  },
);
export type EmailPreferencesUpdate = z.infer<typeof EmailPreferencesUpdate>;

/** The token of a one-click unsubscribe link: one member, one topic (or the weekly digest). */
export const UnsubscribeQuery = z.object({
  token: z
    .string({ error: msg('validation.email.unsubscribeIncomplete') })
    .min(20, { error: msg('validation.email.unsubscribeIncomplete') })
    .max(200, { error: msg('validation.email.unsubscribeForeign') }),
});

/** What a one-click unsubscribe can stop: one topic, the weekly digest or the daily summary. */
export const UnsubscribeTopic = z.enum([...EmailTopic.options, 'weekly_digest', 'daily_summary']);
export type UnsubscribeTopic = z.infer<typeof UnsubscribeTopic>;

export const UnsubscribeResult = z.object({
  topic: UnsubscribeTopic,
  /** The address whose mail of that topic stopped, partly hidden. */
  address: z.string(),
});
export type UnsubscribeResult = z.infer<typeof UnsubscribeResult>;

/** What a link would stop, asked before the click that stops it. */
export const UnsubscribePreview = UnsubscribeResult.extend({
  /** The topics it turns off: the one, or every topic now in the daily summary; none for the weekly digest. */
  topics: z.array(EmailTopic),
  /** Nothing is left to stop: the member turned it off already. */
  alreadyOff: z.boolean(),
});
export type UnsubscribePreview = z.infer<typeof UnsubscribePreview>;

/** For admins: an address mail bounced from. */
export const BouncingAddress = z.object({
  address: z.string(),
  member: z.object({ handle: z.string(), name: z.string() }).nullable(),
  hard: z.boolean(),
  softBounces: z.number(),
  lastBounce: z.string().nullable(),
  lastBouncedAt: z.iso.datetime(),
});
export type BouncingAddress = z.infer<typeof BouncingAddress>;
/** Hard bounces and addresses with soft bounces pending, the latest bounce first. */
export const BouncingAddressList = z.object({
  addresses: z.array(BouncingAddress),
  nextCursor: z.string().nullable(),
});
export type BouncingAddressList = z.infer<typeof BouncingAddressList>;
