import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { Attachment, AttachmentIds } from './attachments.ts';
import { Author, CohortRef } from './common.ts';
import { ContentLanguage } from './languages.ts';
import { PollDeadline, PollState, Slot, Voter } from './meetups-poll.ts';
import { line } from './profiles.ts';
import { markdownText, ThreadKind } from './threads.ts';
import { LocalDateTime, SlotInput, TimeZone } from './zoned-time.ts';

// No defaults here: a default inside a partial update body would overwrite what was left out.
const OnlineUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https$/, error: msg('validation.meetups.onlineUrl') }),
]);

export const SeriesBody = z.object({
  name: line('name', 120).pipe(
    z.string().min(3, { error: msg('validation.meetups.seriesNameRequired') }),
  ),
  description: markdownText('description', 10_000).default(''),
  cadenceMonths: z
    .number({ error: msg('validation.meetups.cadenceRequired') })
    .int()
    .min(1, { error: msg('validation.meetups.cadenceMin') })
    .max(24, { error: msg('validation.meetups.cadenceMax') })
    .default(6),
  /** Empty: the whole network is invited. */
  cohortIds: z
    .array(z.uuid({ error: msg('validation.meetups.cohortId') }))
    .max(100)
    .default([]),
  organiserIds: z
    .array(z.uuid({ error: msg('validation.meetups.organiserId') }))
    .max(20)
    .default([]),
  defaultDurationMinutes: z
    .number()
    .int()
    .min(15, { error: msg('validation.meetups.durationMin') })
    .max(24 * 60 * 3, { error: msg('validation.meetups.durationMax') })
    .default(180),
  defaultTimezone: TimeZone.default('Europe/Paris'),
  defaultVenue: line('venue', 200).default(''),
  defaultOnlineUrl: OnlineUrl.default(''),
});
export type SeriesBody = z.input<typeof SeriesBody>;
export type SeriesInput = z.output<typeof SeriesBody>;

export const MeetupStatus = z.enum(['proposed', 'scheduled', 'done', 'cancelled']);
export type MeetupStatus = z.infer<typeof MeetupStatus>;

export const Capacity = z
  .number({ error: msg('validation.meetups.capacityRequired') })
  .int({ error: msg('validation.meetups.capacityWhole') })
  .min(1, { error: msg('validation.meetups.capacityMin') })
  .max(100_000)
  .nullable();

export const ProposeMeetupBody = z.object({
  title: line('title', 160).pipe(
    z.string().min(3, { error: msg('validation.meetups.titleRequired') }),
  ),
  description: markdownText('description', 20_000).default(''),
  venue: line('venue', 200).default(''),
  onlineUrl: OnlineUrl.default(''),
  capacity: Capacity.default(null),
  slots: z
    .array(SlotInput, { error: msg('validation.meetups.slotsRequired') })
    .min(2, { error: msg('validation.meetups.slotsMin') })
    .max(12, { error: msg('validation.meetups.slotsMax') }),
  pollClosesAt: PollDeadline.default(null),
});
export type ProposeMeetupBody = z.input<typeof ProposeMeetupBody>;
export type ProposeMeetupInput = z.output<typeof ProposeMeetupBody>;

export const MeetupUpdateBody = z
  .object({
    title: line('title', 160).pipe(
      z.string().min(3, { error: msg('validation.meetups.titleRequired') }),
    ),
    description: markdownText('description', 20_000),
    venue: line('venue', 200),
    onlineUrl: OnlineUrl,
    capacity: Capacity,
    /** Moves a scheduled meetup: all three together. */
    when: SlotInput,
    /** Confirms a move to a start that has already passed; without it such a move is refused. */
    moveIntoPast: z.boolean(),
    /** The poll's deadline, while it is open; null removes it. */
    pollClosesAt: PollDeadline,
  })
  .partial();
export type MeetupUpdateBody = z.input<typeof MeetupUpdateBody>;
export type MeetupUpdateInput = z.output<typeof MeetupUpdateBody>;

export const RsvpChoice = z.enum(['going', 'maybe', 'not_going']);
export const RsvpStatus = z.enum(['going', 'maybe', 'not_going', 'waitlisted']);
export type RsvpStatus = z.infer<typeof RsvpStatus>;
export const RsvpBody = z.object({ status: RsvpChoice });

export const CancelBody = z.object({
  reason: line('reason', 500).pipe(
    z.string().min(3, { error: msg('validation.meetups.cancelReasonRequired') }),
  ),
});

export const NotesBody = z.object({
  notes: markdownText('notes', 50_000),
  notesLanguage: ContentLanguage.optional(),
  /** Off the record: read inside Praxis only, never quoted in mail, digests, lessons or exports. */
  notesOffRecord: z.boolean().optional(),
  /** Marks the meetup done: it happened, and these notes are its record. */
  done: z.boolean().default(false),
  /** Every file the notes keep (from POST /api/attachments); absent: they keep theirs. */
  attachmentIds: AttachmentIds.optional(),
});
export type NotesBody = z.input<typeof NotesBody>;

export const AgendaKind = z.enum(['success_story', 'failure_story', 'lesson', 'workshop', 'other']);
export type AgendaKind = z.infer<typeof AgendaKind>;

export const AgendaProposalBody = z.object({
  title: line('title', 160).pipe(
    z.string().min(3, { error: msg('validation.meetups.contributionTitleRequired') }),
  ),
  kind: AgendaKind,
  minutes: z
    .number({ error: msg('validation.meetups.minutesRequired') })
    .int()
    .min(5, { error: msg('validation.meetups.minutesMin') })
    .max(240, { error: msg('validation.meetups.minutesMax') }),
  threadId: z
    .uuid({ error: msg('validation.meetups.threadId') })
    .nullable()
    .default(null),
});
export type AgendaProposalBody = z.input<typeof AgendaProposalBody>;

export const AgendaDecisionBody = z.object({ status: z.enum(['accepted', 'declined']) });

export const AgendaOrderBody = z.object({
  /** The accepted contributions in their order, each with its start time, if timed. */
  items: z
    .array(z.object({ id: z.uuid(), startsAt: LocalDateTime.nullable().default(null) }))
    .max(100),
});
export type AgendaOrderBody = z.input<typeof AgendaOrderBody>;

export const MeetupParams = z.object({ id: z.uuid({ error: msg('validation.meetups.meetupId') }) });
export const SeriesParams = z.object({ id: z.uuid({ error: msg('validation.meetups.seriesId') }) });
export const AgendaItemParams = z.object({
  id: z.uuid({ error: msg('validation.meetups.meetupId') }),
  itemId: z.uuid({ error: msg('validation.meetups.contributionId') }),
});

export const MeetupSummary = z.object({
  id: z.uuid(),
  seriesId: z.uuid(),
  seriesName: z.string(),
  title: z.string(),
  status: MeetupStatus,
  /** UTC; null while the date poll is open. */
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  timezone: z.string(),
  venue: z.string(),
  onlineUrl: z.string(),
  capacity: z.number().nullable(),
  goingCount: z.number(),
  waitlistCount: z.number(),
  myRsvp: RsvpStatus.nullable(),
});
export type MeetupSummary = z.infer<typeof MeetupSummary>;

export const AgendaItem = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: AgendaKind,
  minutes: z.number(),
  status: z.enum(['proposed', 'accepted', 'declined']),
  position: z.number().nullable(),
  startsAt: z.iso.datetime().nullable(),
  speaker: Author,
  thread: z.object({ id: z.uuid(), title: z.string(), kind: ThreadKind }).nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MeetupDetail = MeetupSummary.extend({
  descriptionSource: z.string(),
  descriptionHtml: z.string(),
  cancelReason: z.string().nullable(),
  /** Empty for members until the meetup starts: before, the notes are the organisers' draft. */
  notesSource: z.string(),
  notesHtml: z.string(),
  notesLanguage: ContentLanguage,
  notesOffRecord: z.boolean(),
  /** There are notes that only the organisers see, until the meetup starts. */
  notesDraft: z.boolean(),
  /** The notes' files, under the notes' rule. */
  notesAttachments: z.array(Attachment),
  slots: z.array(Slot),
  voters: z.array(Voter),
  poll: PollState,
  attendees: z.object({
    going: z.array(Author),
    maybe: z.array(Author),
    /** In the order seats go to them. */
    waitlist: z.array(Author),
  }),
  agenda: z.array(AgendaItem),
  can: z.object({
    manage: z.boolean(),
    vote: z.boolean(),
    /** Remind those who have not voted: an organiser, an open poll, not reminded in a day. */
    remind: z.boolean(),
    rsvp: z.boolean(),
    propose: z.boolean(),
  }),
});
export type MeetupDetail = z.infer<typeof MeetupDetail>;

export const SeriesSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  cadenceMonths: z.number(),
  cohorts: z.array(CohortRef),
  /** The day the next meetup is due: the last one's start plus the cadence, or today. */
  nextDueOn: z.iso.date(),
  /** Due within two months and nothing proposed or scheduled yet: an organiser should act. */
  dueSoon: z.boolean(),
  upcoming: MeetupSummary.nullable(),
  /** The viewer may propose and run this series' meetups. */
  canManage: z.boolean(),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

export const SeriesList = z.object({ series: z.array(SeriesSummary) });
export type SeriesList = z.infer<typeof SeriesList>;

export const SeriesDetail = SeriesSummary.extend({
  descriptionSource: z.string(),
  descriptionHtml: z.string(),
  defaultDurationMinutes: z.number(),
  defaultTimezone: z.string(),
  defaultVenue: z.string(),
  defaultOnlineUrl: z.string(),
  organisers: z.array(Author),
  past: z.array(MeetupSummary),
});
export type SeriesDetail = z.infer<typeof SeriesDetail>;

export const SuggestedSlots = z.object({ slots: z.array(SlotInput) });
export type SuggestedSlots = z.infer<typeof SuggestedSlots>;

export const MeetupListQuery = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const MeetupPage = z.object({
  meetups: z.array(MeetupSummary),
  nextCursor: z.string().nullable(),
});
export type MeetupPage = z.infer<typeof MeetupPage>;
