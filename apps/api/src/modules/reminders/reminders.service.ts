import type { Db } from '@praxis/db/client';
import { enqueue, retireJobs } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import {
  lockMeetupForReminder,
  meetupReminderRecipients,
  scheduledMeetupsAfter,
} from '../meetups/dated-meetups.service.ts';
import { notify } from '../notifications/notifications.service.ts';

export const MEETUP_REMINDER = 'meetup_reminder';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reminders go out this long before a meetup starts. */
const REMINDERS = [
  { when: '7d', beforeMs: 7 * DAY_MS },
  { when: '1d', beforeMs: DAY_MS },
] as const;

/**
 * Plans the reminders of a meetup that was scheduled or moved, inside the caller's transaction.
 * The key names the start time, so a moved meetup gets new reminders while those of its old
 * time stay behind and, when due, see the meetup moved and send nothing; planning the same time
 * twice plans it once. A reminder whose time has passed is not planned.
 */
export async function planMeetupReminders(
  db: Db,
  meetup: { id: string; startsAt: Date },
  now: Date = new Date(),
): Promise<void> {
  await enqueue(db, reminderJobs(meetup, now));
}

/** The reminder jobs of a meetup still ahead of `now`. */
function reminderJobs(meetup: { id: string; startsAt: Date }, now: Date) {
  const startsAt = meetup.startsAt.toISOString();
  return REMINDERS.flatMap(({ when, beforeMs }) => {
    const runAt = new Date(meetup.startsAt.getTime() - beforeMs);
    if (runAt <= now) return [];
    return [
      {
        kind: MEETUP_REMINDER,
        key: `${MEETUP_REMINDER}:${meetup.id}:${when}:${startsAt}`,
        payload: { meetupId: meetup.id, when, startsAt },
        runAt,
      },
    ];
  });
}

/**
 * Plans the reminders of every scheduled meetup still ahead: run at start-up, it covers
 * meetups that came in without going through scheduling (the demo seed, an import, a restore).
 * Planning is keyed, so what is already planned stays as it is.
 */
export async function planMissingReminders(db: Db, now: Date = new Date()): Promise<void> {
  const meetups = await scheduledMeetupsAfter(db, now);
  await enqueue(
    db,
    meetups.flatMap((meetup) => reminderJobs(meetup, now)),
  );
}

/** Drops the pending reminders of a cancelled meetup, inside the caller's transaction. */
export async function cancelMeetupReminders(db: Db, meetupId: string): Promise<void> {
  await retireJobs(db, MEETUP_REMINDER, { meetupId });
}

/**
 * Sends a reminder if the meetup is still on at the time it was planned for, and has not
 * started yet (a reminder delayed past the start, by downtime or retries, is pointless). Runs in
 * the job's transaction: the notifications and the job being done commit together.
 */
export async function sendMeetupReminder(db: Db, job: Job, now: Date): Promise<void> {
  const { meetupId, when, startsAt } = job.payload;
  if (!meetupId || !when || !startsAt) throw new Error('meetup_reminder without its payload');
  const meetup = await lockMeetupForReminder(db, meetupId);
  const stillOn =
    meetup?.status === 'scheduled' &&
    meetup.startsAt !== null &&
    meetup.startsAt.toISOString() === startsAt &&
    meetup.startsAt > now;
  if (!stillOn) return;
  const recipients = await meetupReminderRecipients(db, meetupId);
  await notify(
    db,
    recipients.map((memberId) => ({
      memberId,
      kind: 'meetup_reminder' as const,
      meetupId,
      detail: { when },
    })),
  );
}
