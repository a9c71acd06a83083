import { AgendaProposalBody } from '@praxis/contracts/meetups';
import type {
  agendaItems,
  meetupCheckIns,
  meetupPollComments,
  meetupSeries,
  meetupSeriesCohorts,
  meetupSeriesOrganisers,
  meetupSlots,
  meetups,
  meetupVotes,
  rsvps,
} from '../schema/meetups.ts';
import type { notifications } from '../schema/notifications.ts';
import type { MeetupTimes } from './demo-meetup-dates.ts';
import type { DemoMeetup } from './demo-meetups-content.ts';
import type { DemoAccount } from './demo-threads-content.ts';

// What members did on a demo meetup: their votes in its poll, their answers, their agenda
// contributions, and the notifications the meetups module would have sent them on the way.

type Row<Table extends { $inferInsert: unknown }> = Table['$inferInsert'];

export interface MeetupRows {
  series: Row<typeof meetupSeries>[];
  seriesCohorts: Row<typeof meetupSeriesCohorts>[];
  seriesOrganisers: Row<typeof meetupSeriesOrganisers>[];
  meetups: Row<typeof meetups>[];
  slots: Row<typeof meetupSlots>[];
  votes: Row<typeof meetupVotes>[];
  pollComments: Row<typeof meetupPollComments>[];
  rsvps: Row<typeof rsvps>[];
  checkIns: Row<typeof meetupCheckIns>[];
  agendaItems: Row<typeof agendaItems>[];
  notifications: Row<typeof notifications>[];
}

/** One meetup being seeded, with what its rows need to know. */
export interface MeetupFrame {
  id: string;
  content: DemoMeetup;
  times: MeetupTimes;
  /** The ids of `times.slots`, in the same order. */
  slotIds: string[];
  capacity: number | null;
  createdById: string;
  now: Date;
  /** The member, who must be invited to the meetup's series. */
  invitee: (account: DemoAccount) => { id: string };
  /** The id of the thread an agenda item presents, checked for who may present it. */
  presentedThreadId: (title: string, speaker: DemoAccount) => string;
  fail: (problem: string) => never;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The welcome before the first contribution of an agenda. */
const OPENING_MINUTES = 15;
/** Who a person trying the demo signs in as: the meetup ahead and the open poll await them. */
const VISITORS: DemoAccount[] = ['member1', 'member2'];
const CHOICES = { y: 'yes', '?': 'if_need_be', n: 'no' } as const;

/** Votes while the poll was open; a chosen date is one that had the most yes votes. */
export function addVotes(rows: MeetupRows, frame: MeetupFrame) {
  const { content, times, slotIds, fail } = frame;
  const votes = Object.entries(content.poll?.votes ?? {});
  const closed = times.scheduledAt ?? times.lastAnswer;
  for (const [[account, line = ''], at] of spread(votes, times.opened, closed)) {
    if (!new RegExp(`^[y?n]{${slotIds.length}}$`).test(line)) {
      fail(`gives ${account} the votes "${line}", not one of y, ? or n per date`);
    }
    if (content.status === 'proposed' && VISITORS.includes(account as DemoAccount)) {
      fail(`has ${account}, a demo visitor, vote already`);
    }
    const memberId = frame.invitee(account as DemoAccount).id;
    slotIds.forEach((slotId, index) => {
      const choice = CHOICES[line[index] as keyof typeof CHOICES];
      rows.votes.push({ slotId, memberId, choice, updatedAt: at });
    });
    const comment = content.poll?.comments?.[account as DemoAccount];
    if (comment)
      rows.pollComments.push({ meetupId: frame.id, memberId, body: comment, updatedAt: at });
  }
  for (const account of Object.keys(content.poll?.comments ?? {})) {
    if (!(account in (content.poll?.votes ?? {}))) fail(`has ${account} comment without voting`);
  }
  const yes = slotIds.map((_, index) => votes.filter(([, line]) => line?.[index] === 'y').length);
  const held = times.held ? times.slots.indexOf(times.held) : -1;
  if (held >= 0 && yes.some((count) => count > (yes[held] ?? 0))) {
    fail('is held on a date with fewer yes votes than another');
  }
}

/**
 * Answers in the order people gave them, so seats went first come, first served and the
 * waitlist formed after the last seat was taken; those who answered the meetup ahead were told
 * it was scheduled, and read that when they answered.
 */
export function addAnswers(rows: MeetupRows, frame: MeetupFrame) {
  const { content, times, capacity, fail } = frame;
  const answers = [
    ...(content.going ?? []).map((account) => [account, 'going'] as const),
    ...(content.maybe ?? []).map((account) => [account, 'maybe'] as const),
    ...(content.notGoing ?? []).map((account) => [account, 'not_going'] as const),
    ...(content.waitlist ?? []).map((account) => [account, 'waitlisted'] as const),
  ];
  const going = content.going?.length ?? 0;
  if (answers.length > 0 && !times.scheduledAt) fail('has answers before its date is chosen');
  if (new Set(answers.map(([account]) => account)).size !== answers.length) {
    fail('has a member answering twice');
  }
  if (capacity !== null && going > capacity) fail('has more going than seats');
  if (content.waitlist?.length && (content.status !== 'scheduled' || going !== capacity)) {
    fail('has a waitlist while seats are free or the meetup is not ahead');
  }
  const ahead = content.status === 'scheduled';
  for (const [[account, status], at] of spread(
    answers,
    times.scheduledAt ?? times.opened,
    times.lastAnswer,
  )) {
    if (ahead && VISITORS.includes(account)) fail(`has ${account}, a demo visitor, answer already`);
    const memberId = frame.invitee(account).id;
    rows.rsvps.push({ meetupId: frame.id, memberId, status, queuedAt: at, updatedAt: at });
    if (ahead && times.scheduledAt && memberId !== frame.createdById) {
      rows.notifications.push({
        memberId,
        kind: 'meetup_scheduled',
        actorId: frame.createdById,
        meetupId: frame.id,
        createdAt: times.scheduledAt,
        readAt: at,
      });
    }
  }
  addCheckIns(rows, frame);
}

/** Of every fifth person going to a past meetup, one did not come (never a speaker). */
const NO_SHOW_EVERY = 5;

/**
 * Who came to a past meetup: those who said they were going, but for a no-show now and then,
 * checking themselves in at the venue from a quarter of an hour before the start.
 */
function addCheckIns(rows: MeetupRows, { id, content, times, invitee }: MeetupFrame) {
  if (content.status !== 'done' || !times.held) return;
  const opens = times.held.startsAt.getTime() - 15 * MINUTE;
  const speakers = new Set(
    (content.agenda ?? []).filter((item) => item.status === 'accepted').map((item) => item.speaker),
  );
  (content.going ?? []).forEach((account, index) => {
    if (index % NO_SHOW_EVERY === NO_SHOW_EVERY - 1 && !speakers.has(account)) return;
    rows.checkIns.push({
      meetupId: id,
      memberId: invitee(account).id,
      checkedInAt: new Date(opens + index * MINUTE),
    });
  });
}

/**
 * Contributions proposed while people were answering; the accepted ones follow each other from
 * the welcome on, and the speakers of the meetup ahead still have the note of their acceptance.
 */
export function addAgenda(rows: MeetupRows, frame: MeetupFrame) {
  const { content, times, now, fail } = frame;
  const held = times.held;
  let nextStart = (held?.startsAt.getTime() ?? 0) + OPENING_MINUTES * MINUTE;
  let position = 0;
  for (const [item, createdAt] of spread(content.agenda ?? [], times.opened, times.lastAnswer)) {
    const speakerId = frame.invitee(item.speaker).id;
    const threadId = item.thread ? frame.presentedThreadId(item.thread, item.speaker) : null;
    // The rules a member's proposal passes in the API.
    const proposal = AgendaProposalBody.parse({ ...item, threadId });
    const accepted = item.status === 'accepted';
    const startsAt = accepted && held ? new Date(nextStart) : null;
    if (accepted) {
      nextStart += proposal.minutes * MINUTE;
      position += 1;
    }
    if (held && nextStart > held.endsAt.getTime()) fail('has an agenda longer than the meetup');
    if (accepted && content.status === 'done' && !content.going?.includes(item.speaker)) {
      fail(`has ${item.speaker} speaking without going`);
    }
    rows.agendaItems.push({
      meetupId: frame.id,
      speakerId,
      title: proposal.title,
      kind: proposal.kind,
      minutes: proposal.minutes,
      threadId,
      status: item.status,
      position: accepted ? position : null,
      startsAt,
      createdAt,
    });
    if (accepted && content.status === 'scheduled' && speakerId !== frame.createdById) {
      const at = new Date(Math.min(createdAt.getTime() + DAY, now.getTime() - HOUR));
      rows.notifications.push({
        memberId: speakerId,
        kind: 'agenda_accepted',
        actorId: frame.createdById,
        meetupId: frame.id,
        detail: { title: proposal.title },
        createdAt: at,
        readAt: new Date(Math.min(at.getTime() + 2 * HOUR, now.getTime())),
      });
    }
  }
}

/** Each entry with a time, evenly spread between two instants and rounded to the minute. */
function spread<T>(entries: readonly T[], from: Date, to: Date): [T, Date][] {
  const step = (to.getTime() - from.getTime()) / (entries.length + 1);
  return entries.map((entry, index) => [
    entry,
    new Date(Math.floor((from.getTime() + step * (index + 1)) / MINUTE) * MINUTE),
  ]);
}
