import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Author } from './common.ts';

// The date poll of a proposed meetup: its candidate dates, the votes and comments on them, its
// deadline and the reminders to those who have not voted.

export const VoteChoice = z.enum(['yes', 'if_need_be', 'no']);
export type VoteChoice = z.infer<typeof VoteChoice>;

/** What a voter adds to their votes ("Only mornings that week"); empty removes it. */
export const PollComment = z
  .string({ error: msg('validation.meetups.pollComment') })
  .trim()
  .max(500, { error: msg('validation.meetups.pollCommentMax') });

export const VoteBody = z.object({
  votes: z
    .array(
      z.object({ slotId: z.uuid({ error: msg('validation.meetups.slotId') }), choice: VoteChoice }),
    )
    .min(1, { error: msg('validation.meetups.votesMin') })
    .max(12)
    .refine((votes) => new Set(votes.map((vote) => vote.slotId)).size === votes.length, {
      error: msg('validation.meetups.votesUnique'),
    }),
  /** Left out: the comment stays as it is. */
  comment: PollComment.optional(),
});
export type VoteBody = z.input<typeof VoteBody>;
export type VoteInput = z.output<typeof VoteBody>;

/** When the poll stops taking votes, as a UTC instant; null: open until a date is picked. */
export const PollDeadline = z.iso
  .datetime({ error: msg('validation.meetups.pollClosesAt') })
  .nullable();

export const PickSlotBody = z.object({
  slotId: z.uuid({ error: msg('validation.meetups.pickSlot') }),
});

export const Slot = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timezone: z.string(),
  totals: z.object({ yes: z.number(), ifNeedBe: z.number(), no: z.number() }),
  myVote: VoteChoice.nullable(),
});
export type Slot = z.infer<typeof Slot>;

/** Everyone who voted, with their vote per slot id and their comment. */
export const Voter = z.object({
  member: Author,
  votes: z.record(z.string(), VoteChoice),
  comment: z.string().nullable(),
});
export type Voter = z.infer<typeof Voter>;

export const PollState = z.object({
  closesAt: z.iso.datetime().nullable(),
  /** When those who had not voted were last reminded, by an organiser or ahead of the deadline. */
  remindedAt: z.iso.datetime().nullable(),
  /** For the organisers of an open poll: invitees who have not voted (the first 200). */
  notVoted: z.array(Author),
  notVotedCount: z.number(),
});
export type PollState = z.infer<typeof PollState>;
