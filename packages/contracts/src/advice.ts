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

/** A member asked for advice on a question, and when. */
export const AskedAdviser = z.object({ member: Author, askedAt: z.iso.datetime() });
export type AskedAdviser = z.infer<typeof AskedAdviser>;

export const Advisers = z.object({
  suggested: z.array(SuggestedAdviser),
  /** Everyone already asked about this question, first asked first. */
  asked: z.array(AskedAdviser),
});
export type Advisers = z.infer<typeof Advisers>;
