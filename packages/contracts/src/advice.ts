import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';

export const AdviceRequestBody = z.object({
  memberIds: z
    .array(z.uuid({ error: msg('validation.advice.memberId') }))
    .min(1, { error: msg('validation.advice.membersMin') })
    .max(5, { error: msg('validation.advice.membersMax') }),
});
export type AdviceRequestBody = z.infer<typeof AdviceRequestBody>;

/**
 * Why a member is suggested, as facts the client puts into words: the question's tags they
 * know about, how many answers of theirs were accepted on similar questions, or their profile
 * mentioning what the question asks about.
 */
export const AdviserReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topics'), topics: z.array(z.string()) }),
  z.object({ kind: z.literal('acceptedAnswers'), count: z.number().int().min(1) }),
  z.object({ kind: z.literal('profile') }),
  /** How many askers said the member's advice helped them: a count, never a rating. */
  z.object({ kind: z.literal('helped'), count: z.number().int().min(1) }),
]);
export type AdviserReason = z.infer<typeof AdviserReason>;

export const SuggestedAdviser = z.object({
  member: Author.extend({
    headline: z.string(),
    organisation: z.string(),
    expertise: z.array(z.string()),
    adviceTopics: z.array(z.string()),
  }),
  /** The documented match score; higher is a better match. */
  score: z.number(),
  /** Why they are suggested, strongest first; each kind at most once. */
  reasons: z.array(AdviserReason),
  asked: z.boolean(),
});
export type SuggestedAdviser = z.infer<typeof SuggestedAdviser>;

/** pending → accepted or declined → done; a pending request nobody answers expires. */
export const AdviceRequestState = z.enum(['pending', 'accepted', 'declined', 'done', 'expired']);
export type AdviceRequestState = z.infer<typeof AdviceRequestState>;

/**
 * Why an adviser takes no request now: they took on as many as they accept this month (they
 * take more from `freeFrom`), or they paused until a day.
 */
export const Unavailability = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full'), freeFrom: z.iso.date() }),
  z.object({ kind: z.literal('away'), until: z.iso.date() }),
]);
export type Unavailability = z.infer<typeof Unavailability>;

/** A matching adviser who cannot be asked now, and why. */
export const UnavailableAdviser = SuggestedAdviser.pick({ member: true }).extend({
  unavailable: Unavailability,
});
export type UnavailableAdviser = z.infer<typeof UnavailableAdviser>;

/** A member asked for advice on a question, when, and where the request stands. */
export const AskedAdviser = z.object({
  member: Author,
  askedAt: z.iso.datetime(),
  state: AdviceRequestState,
  answeredAt: z.iso.datetime().nullable(),
  doneAt: z.iso.datetime().nullable(),
  /** When a pending request expires; null once the adviser answered. */
  expiresAt: z.iso.datetime().nullable(),
  /** The asker's answer to "Did this help?"; null until they answer. */
  helped: z.boolean().nullable(),
});
export type AskedAdviser = z.infer<typeof AskedAdviser>;

export const Advisers = z.object({
  suggested: z.array(SuggestedAdviser),
  /** Advisers who match but are full this month or away, best match first. */
  unavailable: z.array(UnavailableAdviser),
  /** Everyone already asked about this question, first asked first. */
  asked: z.array(AskedAdviser),
});
export type Advisers = z.infer<typeof Advisers>;

const capacity = z
  .number({ error: msg('validation.advice.capacity') })
  .int({ error: msg('validation.advice.capacity') })
  .min(0, { error: msg('validation.advice.capacity') })
  .max(50, { error: msg('validation.advice.capacity') });

/** An adviser's limits: requests taken on a month (null: no limit), and a pause until a day. */
export const AdviserSettingsBody = z.object({
  monthlyCapacity: capacity.nullable(),
  awayUntil: z.iso.date({ error: msg('validation.advice.awayUntil') }).nullable(),
});
export type AdviserSettingsBody = z.infer<typeof AdviserSettingsBody>;

export const AdviserSettings = AdviserSettingsBody.extend({
  /** Requests taken on this calendar month (UTC), those declined or expired aside. */
  takenThisMonth: z.number().int().min(0),
  helpedCount: z.number().int().min(0),
  /** Why they take no request now; null when they can be asked. */
  unavailable: Unavailability.nullable(),
});
export type AdviserSettings = z.infer<typeof AdviserSettings>;

export const AdviceRequestParams = z.object({
  id: z.uuid({ error: msg('validation.advice.threadId') }),
  memberId: z.uuid({ error: msg('validation.advice.memberId') }),
});

/** The adviser accepts or declines; the adviser or the asker marks an accepted request done. */
export const AdviceRequestStateBody = z.object({
  state: z.enum(['accepted', 'declined', 'done'], { error: msg('validation.advice.state') }),
});
export type AdviceRequestStateBody = z.infer<typeof AdviceRequestStateBody>;

/** The asker's answer to "Did this help?". */
export const AdviceThanksBody = z.object({
  helped: z.boolean({ error: msg('validation.advice.helped') }),
});
export type AdviceThanksBody = z.infer<typeof AdviceThanksBody>;

/** A request for the adviser's advice, as their inbox lists it: the question, not the asker. */
export const AdviceInboxRequest = AskedAdviser.omit({ member: true }).extend({
  thread: z.object({ id: z.uuid(), title: z.string() }),
});
export type AdviceInboxRequest = z.infer<typeof AdviceInboxRequest>;

export const AdviceInbox = z.object({
  requests: z.array(AdviceInboxRequest),
  nextCursor: z.string().nullable(),
});
export type AdviceInbox = z.infer<typeof AdviceInbox>;

export const MemberAdvice = z.object({ helpedCount: z.number().int().min(0) });
export type MemberAdvice = z.infer<typeof MemberAdvice>;
