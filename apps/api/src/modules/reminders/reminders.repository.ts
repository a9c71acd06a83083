import type { Db } from '@praxis/db/client';
import { jobs, meetups, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { meetupVisibleTo } from '../meetups/meetup-visibility.ts';

export type NewJob = Pick<typeof jobs.$inferInsert, 'kind' | 'key' | 'payload' | 'runAt'>;

/** Plans jobs; one whose key is already planned (or done) stays as it is. */
export async function insertJobs(db: Db, rows: NewJob[]) {
  if (rows.length === 0) return;
  await db.insert(jobs).values(rows).onConflictDoNothing({ target: jobs.key });
}

/**
 * Marks the meetup's pending reminders done. A reminder being run right now is locked and
 * skipped rather than waited for, which could deadlock with the run (it reads the meetup this
 * caller has locked); that run finds the meetup changed and sends nothing.
 */
export async function retireMeetupReminders(db: Db, meetupId: string) {
  const pending = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNull(jobs.doneAt),
        eq(jobs.kind, 'meetup_reminder'),
        sql`${jobs.payload}->>'meetupId' = ${meetupId}`,
      ),
    )
    .for('update', { skipLocked: true });
  await db.update(jobs).set({ doneAt: sql`now()` }).where(inArray(jobs.id, pending));
}

/**
 * Locks up to `limit` due jobs for the caller's transaction. Another instance's claim skips
 * them instead of waiting, and finds them done once this transaction commits: each job runs
 * once, however many instances poll.
 */
export async function claimDueJobs(db: Db, now: Date, limit: number) {
  return db
    .select({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempts: jobs.attempts })
    .from(jobs)
    .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now)))
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markDone(db: Db, ids: string[]) {
  if (ids.length === 0) return;
  await db.update(jobs).set({ doneAt: sql`now()` }).where(inArray(jobs.id, ids));
}

/** Records a failed attempt; with no `retryAt` the job is given up (done, its error kept). */
export async function recordFailure(db: Db, id: string, error: string, retryAt: Date | null) {
  await db
    .update(jobs)
    .set({
      attempts: sql`${jobs.attempts} + 1`,
      lastError: error.slice(0, 2000),
      ...(retryAt ? { runAt: retryAt } : { doneAt: sql`now()` }),
    })
    .where(eq(jobs.id, id));
}

/**
 * The meetup as a reminder needs it, share-locked until the reminder's transaction ends, so
 * that a concurrent move or cancellation lands either wholly before the reminder or after it.
 */
export async function lockMeetupForReminder(db: Db, meetupId: string) {
  const [row] = await db
    .select({ id: meetups.id, status: meetups.status, startsAt: meetups.startsAt })
    .from(meetups)
    .where(eq(meetups.id, meetupId))
    .for('share');
  return row;
}

/** Active members who answered going or maybe and may still see the meetup. */
export async function reminderRecipients(db: Db, meetupId: string) {
  const rows = await db
    .select({ id: members.id })
    .from(rsvps)
    .innerJoin(members, eq(members.id, rsvps.memberId))
    .innerJoin(meetups, eq(meetups.id, rsvps.meetupId))
    .where(
      and(
        eq(rsvps.meetupId, meetupId),
        inArray(rsvps.status, ['going', 'maybe']),
        isNull(members.deactivatedAt),
        meetupVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
      ),
    );
  return rows.map((row) => row.id);
}

/** Scheduled meetups that start after `now`, with their start. */
export async function scheduledMeetupsAfter(db: Db, now: Date) {
  const rows = await db
    .select({ id: meetups.id, startsAt: meetups.startsAt })
    .from(meetups)
    .where(
      and(
        eq(meetups.status, 'scheduled'),
        sql`${meetups.startsAt} > ${now.toISOString()}::timestamptz`,
      ),
    );
  return rows.flatMap((row) => (row.startsAt ? [{ id: row.id, startsAt: row.startsAt }] : []));
}
