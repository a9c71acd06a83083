import { randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { jobs } from '@praxis/db/schema/jobs';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';

export type JobPayload = Record<string, string>;

export interface NewJob {
  /** A kind some module registered with `app.jobs.register`. */
  kind: string;
  payload?: JobPayload;
  /** Not before this time; by default as soon as a runner looks. */
  runAt?: Date;
  /**
   * A job whose key was queued before, pending or done, is not queued again. By default every
   * job is new.
   */
  key?: string;
}

/**
 * Queues jobs inside the caller's transaction, so they exist only if its change commits. The
 * default time is this process's clock, the one the runner compares with: a database clock a
 * little ahead would leave the job undue for the kick that follows the commit.
 */
export async function enqueue(db: Db, queued: NewJob | NewJob[]): Promise<void> {
  const rows = [queued].flat().map((job) => ({
    kind: job.kind,
    key: job.key ?? `${job.kind}:${randomUUID()}`,
    payload: job.payload ?? {},
    runAt: job.runAt ?? new Date(),
  }));
  if (rows.length === 0) return;
  await db.insert(jobs).values(rows).onConflictDoNothing({ target: jobs.key });
}

/**
 * Marks done the pending jobs of `kind` whose payload has these fields. A job being run right now
 * in its transaction is locked and skipped rather than waited for, which could deadlock with the
 * run (it may read what the caller has locked); the handler is expected to find the change and
 * do nothing.
 */
export async function retireJobs(db: Db, kind: string, match: JobPayload): Promise<void> {
  const pending = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        isNull(jobs.doneAt),
        eq(jobs.kind, kind),
        sql`${jobs.payload} @> ${JSON.stringify(match)}::jsonb`,
      ),
    )
    .for('update', { skipLocked: true });
  await db.update(jobs).set({ doneAt: sql`now()` }).where(inArray(jobs.id, pending));
}

/**
 * Takes up to `limit` due jobs for this runner until `leaseUntil`: their `runAt` moves there, so
 * other runners see them as not due, and take them over only if this one died before finishing.
 * The new `runAt` is the claim's token: finishing checks it, so a runner that lost its claim
 * changes nothing. The CTE makes the locking SELECT run once.
 */
export async function claimDue(db: Db, now: Date, limit: number, leaseUntil: Date) {
  const due = db.$with('due').as(
    db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now)))
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for('update', { skipLocked: true }),
  );
  return db
    .with(due)
    .update(jobs)
    .set({ runAt: leaseUntil })
    .where(inArray(jobs.id, db.select({ id: due.id }).from(due)))
    .returning({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempts: jobs.attempts });
}

const stillClaimed = (id: string, leaseUntil: Date) =>
  and(eq(jobs.id, id), isNull(jobs.doneAt), eq(jobs.runAt, leaseUntil));

/**
 * Renews the claim as the job starts, so that its lease counts from then and not from when its
 * batch was claimed: resolves with the new lease, the token the job's end must show, or null
 * when the claim no longer stands (the job was retired or taken over). Inside a transaction the
 * row stays locked until it ends, so nobody retires or takes over the job while it runs. It
 * waits for a lock rather than skip it: another runner's claim locks rows for a moment even when
 * it then finds them not due, and skipping would strand the job.
 */
export async function renewClaim(
  db: Db,
  id: string,
  leaseUntil: Date,
  renewedUntil: Date,
): Promise<Date | null> {
  const rows = await db
    .update(jobs)
    .set({ runAt: renewedUntil })
    .where(stillClaimed(id, leaseUntil))
    .returning({ id: jobs.id });
  return rows.length > 0 ? renewedUntil : null;
}

export async function markDone(db: Db, id: string, leaseUntil: Date) {
  await db.update(jobs).set({ doneAt: sql`now()` }).where(stillClaimed(id, leaseUntil));
}

/** Records a failed attempt; with no `retryAt` the job is given up (done, its error kept). */
export async function recordFailure(
  db: Db,
  id: string,
  leaseUntil: Date,
  error: string,
  retryAt: Date | null,
) {
  await db
    .update(jobs)
    .set({
      attempts: sql`${jobs.attempts} + 1`,
      lastError: error.slice(0, 2000),
      ...(retryAt ? { runAt: retryAt } : { doneAt: sql`now()` }),
    })
    .where(stillClaimed(id, leaseUntil));
}
