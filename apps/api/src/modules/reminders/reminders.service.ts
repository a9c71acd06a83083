import type { Db } from '@praxis/db/client';
import type { NotificationBus, StoredNotification } from '../notifications/notifications.events.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as repository from './reminders.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reminders go out this long before a meetup starts. */
const REMINDERS = [
  { when: '7d', beforeMs: 7 * DAY_MS },
  { when: '1d', beforeMs: DAY_MS },
] as const;

/** Seconds to wait after the 1st, 2nd, … failed attempt; after the last, the job is given up. */
const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200];

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
  await repository.insertJobs(db, reminderJobs(meetup, now));
}

/** The reminder jobs of a meetup still ahead of `now`. */
function reminderJobs(meetup: { id: string; startsAt: Date }, now: Date) {
  const startsAt = meetup.startsAt.toISOString();
  return REMINDERS.flatMap(({ when, beforeMs }) => {
    const runAt = new Date(meetup.startsAt.getTime() - beforeMs);
    if (runAt <= now) return [];
    return [
      {
        kind: 'meetup_reminder',
        key: `meetup_reminder:${meetup.id}:${when}:${startsAt}`,
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
  const meetups = await repository.scheduledMeetupsAfter(db, now);
  await repository.insertJobs(
    db,
    meetups.flatMap((meetup) => reminderJobs(meetup, now)),
  );
}

/** Drops the pending reminders of a cancelled meetup, inside the caller's transaction. */
export async function cancelMeetupReminders(db: Db, meetupId: string): Promise<void> {
  await repository.retireMeetupReminders(db, meetupId);
}

/**
 * Sends a reminder if the meetup is still on at the time it was planned for, and has not
 * started yet (a reminder delayed past the start, by downtime or retries, is pointless).
 */
async function runMeetupReminder(
  db: Db,
  payload: Record<string, string>,
  now: Date,
): Promise<StoredNotification[]> {
  const { meetupId, when, startsAt } = payload;
  if (!meetupId || !when || !startsAt) throw new Error('meetup_reminder without its payload');
  const meetup = await repository.lockMeetupForReminder(db, meetupId);
  const stillOn =
    meetup?.status === 'scheduled' &&
    meetup.startsAt !== null &&
    meetup.startsAt.toISOString() === startsAt &&
    meetup.startsAt > now;
  if (!stillOn) return [];
  const recipients = await repository.reminderRecipients(db, meetupId);
  return notify(
    db,
    recipients.map((memberId) => ({
      memberId,
      kind: 'meetup_reminder' as const,
      meetupId,
      detail: { when },
    })),
  );
}

const handlers: Record<
  string,
  (db: Db, payload: Record<string, string>, now: Date) => Promise<StoredNotification[]>
> = {
  meetup_reminder: runMeetupReminder,
};

/**
 * Runs one batch of due jobs in one transaction: claims up to `limit` of them (skipping those
 * another instance holds), runs each, marks it done, commits, and only then publishes the
 * notifications. Each job runs in a savepoint, so one that fails is rolled back alone and
 * retried later while the rest of the batch goes through. Resolves with how many jobs it
 * claimed; fewer than `limit` means none are left due but those another run is doing.
 */
export async function runDueJobs(
  db: Db,
  bus: NotificationBus,
  now: Date = new Date(),
  limit = 50,
): Promise<number> {
  const { claimed, stored } = await db.transaction(async (tx) => {
    const due = await repository.claimDueJobs(tx, now, limit);
    const stored: StoredNotification[] = [];
    const done: string[] = [];
    for (const job of due) {
      try {
        const handler = handlers[job.kind];
        if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
        stored.push(...(await tx.transaction((savepoint) => handler(savepoint, job.payload, now))));
        done.push(job.id);
      } catch (error) {
        const delay = RETRY_DELAYS_SECONDS[job.attempts];
        const retryAt = delay === undefined ? null : new Date(now.getTime() + delay * 1000);
        await repository.recordFailure(tx, job.id, errorText(error), retryAt);
      }
    }
    await repository.markDone(tx, done);
    return { claimed: due.length, stored };
  });
  bus.publish(stored);
  return claimed;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
