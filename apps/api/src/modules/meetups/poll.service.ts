import type { PollState } from '@praxis/contracts/meetups-poll';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as pollRepository from './poll.repository.ts';

// The rules of a date poll's deadline and of the reminders to those who have not voted; the
// votes themselves are scheduling.service.ts's.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Those who have not voted are reminded at most this often, by hand or ahead of the deadline. */
export const REMIND_EVERY_MS = DAY_MS;

/** The automatic reminder goes out this long before the deadline. */
export const REMIND_BEFORE_DEADLINE_MS = DAY_MS;

/** The organisers' list of who has not voted stops here; the count goes on. */
const NOT_VOTED_SHOWN = 200;

/**
 * A deadline as given, checked: in the future, and no later than the first candidate date
 * starts, since a date that has begun can no longer be picked in time to tell anyone.
 */
export function checkedDeadline(closesAt: string, slotStarts: Date[], now: Date): Date {
  const deadline = new Date(closesAt);
  if (deadline <= now) {
    throw new AppError('invalid', msg('errors.meetups.deadlineInPast'), {
      fields: { pollClosesAt: msg('errors.meetups.deadlineInPastField') },
    });
  }
  const first = Math.min(...slotStarts.map((start) => start.getTime()));
  if (deadline.getTime() > first) {
    throw new AppError('invalid', msg('errors.meetups.deadlineAfterFirstDate'), {
      fields: { pollClosesAt: msg('errors.meetups.deadlineAfterFirstDateField') },
    });
  }
  return deadline;
}

/** Votes are taken while the poll is open and its deadline, if any, has not come. */
export function takesVotes(
  meetup: { status: string; pollClosesAt: Date | null },
  now: Date = new Date(),
) {
  return (
    meetup.status === 'proposed' && (meetup.pollClosesAt === null || meetup.pollClosesAt > now)
  );
}

/** Whether those who have not voted may be reminded now. */
export function mayRemind(
  meetup: { status: string; pollClosesAt: Date | null; pollRemindedAt: Date | null },
  now: Date = new Date(),
) {
  return (
    takesVotes(meetup, now) &&
    (meetup.pollRemindedAt === null ||
      meetup.pollRemindedAt.getTime() <= now.getTime() - REMIND_EVERY_MS)
  );
}

/**
 * Tells the invitees who have not voted, inside the caller's transaction, unless the poll was
 * reminded within the day; the actor is the organiser who asked, or null for the automatic one.
 * False: reminded too recently, nobody was told.
 */
export async function remindNonVoters(
  db: Db,
  meetupId: string,
  actorId: string | null,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - REMIND_EVERY_MS);
  if (!(await pollRepository.claimPollReminder(db, meetupId, now, since))) return false;
  const recipients = await pollRepository.nonVoterIds(db, meetupId);
  await notify(
    db,
    recipients.map((memberId) => ({
      memberId,
      kind: 'meetup_poll_reminder' as const,
      actorId,
      meetupId,
    })),
  );
  return true;
}

/** The poll's deadline and reminders; who has not voted only for its organisers, while open. */
export async function pollStateOf(
  db: Db,
  meetup: {
    id: string;
    status: string;
    pollClosesAt: Date | null;
    pollRemindedAt: Date | null;
  },
  manage: boolean,
): Promise<PollState> {
  const notVotedIds =
    manage && meetup.status === 'proposed' ? await pollRepository.nonVoterIds(db, meetup.id) : [];
  const people = await authorsById(db, notVotedIds.slice(0, NOT_VOTED_SHOWN));
  return {
    closesAt: meetup.pollClosesAt?.toISOString() ?? null,
    remindedAt: meetup.pollRemindedAt?.toISOString() ?? null,
    notVoted: [...people.values()].map(toAuthor).sort((a, b) => a.name.localeCompare(b.name)),
    notVotedCount: notVotedIds.length,
  };
}
