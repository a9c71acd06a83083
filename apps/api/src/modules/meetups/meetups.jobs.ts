import type { Db } from '@praxis/db/client';
import type { FastifyPluginAsync } from 'fastify';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import { type Mentions, resolveMentions } from '../members/mentions.service.ts';
import { notifyOfMention } from '../notifications/mentions.service.ts';
import { meetupChanged } from './meetups.events.ts';
import * as repository from './meetups.repository.ts';
import { notesPublished } from './meetups.visibility.ts';
import { pollsClosingAfter } from './poll.repository.ts';
import { REMIND_BEFORE_DEADLINE_MS, remindNonVoters, takesVotes } from './poll.service.ts';

export const NOTES_PUBLISHED = 'meetup_notes_published';
export const POLL_REMINDER = 'meetup_poll_reminder';

/**
 * Plans, inside the caller's transaction, the moment draft notes reach members: the meetup's
 * start. The key names the start, as reminders' do: a moved meetup gets a new one, and the old
 * one, when due, finds the meetup moved and does nothing. The organiser who plans it is named
 * as the one who mentioned whoever the notes mention by then.
 */
export async function planNotesPublication(
  db: Db,
  meetup: { id: string; startsAt: Date; actorId: string },
): Promise<void> {
  const startsAt = meetup.startsAt.toISOString();
  await enqueue(db, {
    kind: NOTES_PUBLISHED,
    key: `${NOTES_PUBLISHED}:${meetup.id}:${startsAt}`,
    payload: { meetupId: meetup.id, startsAt, actorId: meetup.actorId },
    runAt: meetup.startsAt,
  });
}

/**
 * Tells the members the notes mention, among those who may see the meetup, once per member
 * however often the notes are saved. Only for notes members can read.
 */
export async function notifyNotesMentions(
  db: Db,
  notes: { meetupId: string; actorId: string; mentions: Mentions },
) {
  const maySee = await repository.inviteeIds(db, notes.meetupId, notes.mentions.memberIds);
  return notifyOfMention(db, notes.actorId, maySee, {
    kind: 'notes_mention',
    meetupId: notes.meetupId,
  });
}

/**
 * At the start of a meetup with draft notes: open pages read them again, and whoever they
 * mention hears of it. Runs in the job's transaction, under the meetup's lock, so that a save of
 * the notes at the same moment cannot tell someone a second time.
 */
export async function publishDraftNotes(db: Db, job: Job, now: Date): Promise<void> {
  const { meetupId, startsAt, actorId } = job.payload;
  if (!meetupId || !startsAt || !actorId) {
    throw new Error(`${NOTES_PUBLISHED} without its payload`);
  }
  const meetup = await repository.lockMeetup(db, meetupId);
  const due =
    meetup !== undefined &&
    meetup.status !== 'cancelled' &&
    meetup.startsAt?.toISOString() === startsAt &&
    notesPublished(meetup, now) &&
    meetup.notesSource !== '';
  if (!due) return;
  await meetupChanged(db, meetupId, 'notes');
  const mentions = await resolveMentions(db, [meetup.notesSource]);
  await notifyNotesMentions(db, { meetupId, actorId, mentions });
}

/**
 * Plans, inside the caller's transaction, the reminder a day before the poll's deadline. The key
 * names the deadline: a moved deadline gets a new one, and the old one, when due, finds the
 * deadline moved and does nothing. None when that day has already begun.
 */
export async function planPollReminder(
  db: Db,
  meetup: { id: string; pollClosesAt: Date },
  now: Date = new Date(),
): Promise<void> {
  const runAt = new Date(meetup.pollClosesAt.getTime() - REMIND_BEFORE_DEADLINE_MS);
  if (runAt <= now) return;
  const closesAt = meetup.pollClosesAt.toISOString();
  await enqueue(db, {
    kind: POLL_REMINDER,
    key: `${POLL_REMINDER}:${meetup.id}:${closesAt}`,
    payload: { meetupId: meetup.id, closesAt },
    runAt,
  });
}

/**
 * A day before the deadline, tells those who have not voted yet, if the poll is still open with
 * that deadline and nobody reminded them within the day. Under the meetup's lock, in the job's
 * transaction.
 */
export async function sendPollReminder(db: Db, job: Job, now: Date): Promise<void> {
  const { meetupId, closesAt } = job.payload;
  if (!meetupId || !closesAt) throw new Error(`${POLL_REMINDER} without its payload`);
  const meetup = await repository.lockMeetup(db, meetupId);
  if (!meetup || meetup.pollClosesAt?.toISOString() !== closesAt || !takesVotes(meetup, now)) {
    return;
  }
  if (await remindNonVoters(db, meetupId, null, now)) await meetupChanged(db, meetupId, 'poll');
}

/** Draft notes published at the meetup's start, and poll reminders, on the job runner. */
export const meetupJobs: FastifyPluginAsync = async (app) => {
  app.jobs.register(NOTES_PUBLISHED, publishDraftNotes);
  app.jobs.register(POLL_REMINDER, sendPollReminder);
  // Polls that came in without going through proposing (the demo seed, a restore).
  app.jobs.atStartup('plan the reminders of open polls', async (db) => {
    const now = new Date();
    for (const poll of await pollsClosingAfter(db, now)) await planPollReminder(db, poll, now);
  });
};
