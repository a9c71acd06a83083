import { z } from 'zod';
import { AgendaKind } from './meetups.ts';
import { ThreadKind } from './threads.ts';

// What a member has given the network, as their profile shows it to another member: only what
// that member may see is listed, and only that is counted.

/** How many of each a profile lists: the newest, with the count of all. */
export const ACTIVITY_LIST_LENGTH = 5;

const counted = <T extends z.ZodType>(item: T) =>
  z.object({ count: z.number().int(), items: z.array(item) });

export const StoryRef = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(['success', 'failure']),
  createdAt: z.iso.datetime(),
});
export type StoryRef = z.infer<typeof StoryRef>;

/** A reply of theirs that the asker accepted as the answer, by its question. */
export const AcceptedAnswerRef = z.object({
  threadId: z.uuid(),
  replyId: z.uuid(),
  threadTitle: z.string(),
  answeredAt: z.iso.datetime(),
});
export type AcceptedAnswerRef = z.infer<typeof AcceptedAnswerRef>;

/** A meetup that took place while they had a seat ("going"). */
export const AttendedMeetupRef = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.iso.datetime(),
});
export type AttendedMeetupRef = z.infer<typeof AttendedMeetupRef>;

/** A contribution of theirs that the organisers put on a meetup's agenda. */
export const ContributionRef = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: AgendaKind,
  meetup: z.object({
    id: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime().nullable(),
  }),
  /** The story it tells, when everyone may see that thread. */
  thread: z.object({ id: z.uuid(), title: z.string(), kind: ThreadKind }).nullable(),
});
export type ContributionRef = z.infer<typeof ContributionRef>;

export const MemberActivity = z.object({
  stories: counted(StoryRef),
  acceptedAnswers: counted(AcceptedAnswerRef),
  meetupsAttended: counted(AttendedMeetupRef),
  contributions: counted(ContributionRef),
});
export type MemberActivity = z.infer<typeof MemberActivity>;
