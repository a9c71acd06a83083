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
]);
export type EmailTopic = z.infer<typeof EmailTopic>;

/** Right away (batched over a few minutes), in the daily summary, or never. */
export const EmailMode = z.enum(['instant', 'daily', 'off']);
export type EmailMode = z.infer<typeof EmailMode>;

export const EmailPreferences = z.object({
  topics: z.record(EmailTopic, EmailMode),
  weeklyDigest: z.boolean(),
  /** The address mail goes to. */
  address: z.string(),
  /** Set when mail to the address bounced for good: nothing is sent until it changes. */
  bounced: z.object({ at: z.iso.datetime(), reason: z.string() }).nullable(),
});
export type EmailPreferences = z.infer<typeof EmailPreferences>;

export const EmailPreferencesUpdate = z
  .object({
    topics: z.partialRecord(EmailTopic, EmailMode).optional(),
    weeklyDigest: z.boolean().optional(),
  })
  .strict();
export type EmailPreferencesUpdate = z.infer<typeof EmailPreferencesUpdate>;

/** The token of a one-click unsubscribe link: one member, one topic (or the weekly digest). */
export const UnsubscribeQuery = z.object({
  token: z
    .string({ error: 'This unsubscribe link is incomplete; use the whole link from the e-mail.' })
    .min(20, { error: 'This unsubscribe link is incomplete; use the whole link from the e-mail.' })
    .max(200, { error: 'This is not an unsubscribe link from a Praxis e-mail.' }),
});

export const UnsubscribeResult = z.object({
  topic: z.union([EmailTopic, z.literal('weekly_digest')]),
  /** The address whose mail of that topic stopped, partly hidden. */
  address: z.string(),
});
export type UnsubscribeResult = z.infer<typeof UnsubscribeResult>;

/** For admins: an address mail bounced from. */
export const BouncingAddress = z.object({
  address: z.string(),
  member: z.object({ handle: z.string(), name: z.string() }).nullable(),
  hard: z.boolean(),
  softBounces: z.number(),
  lastBounce: z.string().nullable(),
  lastBouncedAt: z.iso.datetime(),
});
export const BouncingAddressList = z.object({ addresses: z.array(BouncingAddress) });
export type BouncingAddressList = z.infer<typeof BouncingAddressList>;
