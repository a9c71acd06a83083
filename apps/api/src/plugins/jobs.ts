import { AsyncResource } from 'node:async_hooks';
import type { Db } from '@praxis/db/client';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import * as queue from './job-queue.ts';

/** How many due jobs one claim takes. */
const BATCH = 50;
/**
 * How long a claimed job stays this runner's: past it, another instance takes the job over, as
 * when this one died mid-way. Far longer than any job should take (an SMTP exchange, a batch of
 * inserts), so a slow job is not run twice.
 */
const LEASE_MS = 5 * 60 * 1000;
/** Seconds to wait after the 1st, 2nd, … failed attempt; after the last, the job is given up. */
const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200];

export interface Job {
  id: string;
  kind: string;
  payload: queue.JobPayload;
  /** Failed attempts before this one. */
  attempts: number;
  /** When the runner tries again if this attempt fails; null when this is the last attempt. */
  retryAt: Date | null;
}

/**
 * Does one job; a rejection is a failed attempt. `db` is a transaction that also marks the job
 * done, unless the kind was registered with `transaction: false`. `now` is the time the runner
 * runs at, which tests choose.
 */
export type JobHandler = (db: Db, job: Job, now: Date) => Promise<unknown>;

export interface JobKindOptions {
  retryDelaysSeconds?: readonly number[];
  /**
   * false: the handler gets the pool, not a transaction, for work outside the database (sending
   * an e-mail) that must not keep a transaction open while it waits (on PGlite that would stall
   * every request) and cannot be rolled back anyway. Such a job runs at least once: if the
   * process dies mid-way, it runs again when its lease ends. With a transaction (the default)
   * the job's writes and its being done commit together, so they happen exactly once.
   */
  transaction?: boolean;
  /** How many jobs of this kind one runner does at a time. */
  concurrency?: number;
}

export interface JobRunner {
  /** Says how to run jobs of `kind`, queued with `enqueue` from ./job-queue.ts. */
  register(kind: string, handler: JobHandler, options?: JobKindOptions): void;
  /** Housekeeping done on a poll at most every `intervalMs` (and on the first). */
  every(name: string, intervalMs: number, task: (db: Db, now: Date) => Promise<unknown>): void;
  /** Done once when the server is ready, before the first poll. */
  atStartup(name: string, task: (db: Db) => Promise<unknown>): void;
  /**
   * Runs everything due now; a call during a run asks for one more pass after it, so jobs queued
   * meanwhile are not left for the next poll. Never rejects.
   */
  kick(): Promise<number>;
  /** Resolves when the current run, if any, has finished. */
  idle(): Promise<void>;
  /**
   * One claim of due jobs, run to the end; resolves with how many it claimed (fewer than `limit`:
   * none are left due). Tests use it to run at a time they choose or from a second pool.
   */
  runDue(options?: { db?: Db; now?: Date; limit?: number }): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

interface JobKind extends JobKindOptions {
  handler: JobHandler;
}

/**
 * The one job runner. Modules register their kinds, housekeeping and start-up tasks from their
 * own plugins; this names none of them. Every instance polls every `config.jobPollMs`; the claim
 * skips what another instance holds. Tests start without the timer (and without the start-up
 * tasks) and run jobs when they choose, unless they set JOB_POLL_SECONDS.
 */
export default fp(
  async function jobs(app: FastifyInstance, { config }: { config: Config }) {
    const kinds = new Map<string, JobKind>();
    const housekeeping: {
      name: string;
      intervalMs: number;
      lastRunAt: number;
      task: (db: Db, now: Date) => Promise<unknown>;
    }[] = [];
    const startup: { name: string; task: (db: Db) => Promise<unknown> }[] = [];

    async function runOne(
      db: Db,
      claimed: Omit<Job, 'retryAt'>,
      now: Date,
      claimedUntil: Date,
      renewal: () => Date,
    ): Promise<void> {
      let leaseUntil = claimedUntil;
      const kind = kinds.get(claimed.kind);
      const delay = (kind?.retryDelaysSeconds ?? RETRY_DELAYS_SECONDS)[claimed.attempts];
      const job: Job = {
        ...claimed,
        retryAt: delay === undefined ? null : new Date(now.getTime() + delay * 1000),
      };
      try {
        if (!kind) throw new Error(`no handler for jobs of kind ${job.kind}`);
        if (kind.transaction === false) {
          const renewed = await queue.renewClaim(db, job.id, leaseUntil, renewal());
          if (!renewed) return;
          leaseUntil = renewed;
          await kind.handler(db, job, now);
          await queue.markDone(db, job.id, leaseUntil);
          return;
        }
        await db.transaction(async (tx) => {
          const renewed = await queue.renewClaim(tx, job.id, leaseUntil, renewal());
          if (!renewed) return;
          await kind.handler(tx, job, now);
          await queue.markDone(tx, job.id, renewed);
        });
      } catch (error) {
        app.log.warn({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
        await queue.recordFailure(db, job.id, leaseUntil, errorText(error), job.retryAt);
      }
    }

    async function runDue({ db = app.db, now = new Date(), limit = BATCH } = {}) {
      const leaseUntil = new Date(now.getTime() + LEASE_MS);
      const claimed = await queue.claimDue(db, now, limit, leaseUntil);
      // Each job's lease runs from when it starts, on the clock this run was given.
      const started = Date.now();
      const renewal = () => new Date(now.getTime() + (Date.now() - started) + LEASE_MS);
      const byKind = new Map<string, typeof claimed>();
      for (const job of claimed) byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), job]);
      for (const [kind, group] of byKind) {
        await inParallel(group, kinds.get(kind)?.concurrency ?? 1, (job) =>
          runOne(db, job, now, leaseUntil, renewal),
        );
      }
      return claimed.length;
    }

    async function drain(): Promise<number> {
      const now = new Date();
      for (const chore of housekeeping) {
        if (now.getTime() - chore.lastRunAt < chore.intervalMs) continue;
        chore.lastRunAt = now.getTime();
        await chore.task(app.db, now).catch((error: unknown) => {
          app.log.error({ err: error, task: chore.name }, 'housekeeping failed');
        });
      }
      let total = 0;
      for (;;) {
        const claimed = await runDue();
        total += claimed;
        if (claimed < BATCH) return total;
      }
    }

    // Jobs run in the runner's own async scope, not in that of the request that kicked them: what
    // a request tracks in its scope (the statement log's request id) is never a job's.
    const runnerScope = new AsyncResource('praxis.jobs');
    let running: Promise<number> | null = null;
    let again = false;
    let closing = false;

    const runner: JobRunner = {
      register(kind, handler, options = {}) {
        if (kinds.has(kind)) throw new Error(`jobs of kind ${kind} are already registered`);
        kinds.set(kind, { ...options, handler });
      },
      every(name, intervalMs, task) {
        housekeeping.push({ name, intervalMs, lastRunAt: Number.NEGATIVE_INFINITY, task });
      },
      atStartup(name, task) {
        startup.push({ name, task });
      },
      kick() {
        if (closing || !config.runJobs) return Promise.resolve(0);
        if (running) {
          again = true;
          return running;
        }
        running = runnerScope
          .runInAsyncScope(async () => {
            let total = 0;
            do {
              again = false;
              total += await drain().catch((error: unknown) => {
                app.log.error({ err: error }, 'due jobs could not be run');
                return 0;
              });
            } while (again && !closing);
            return total;
          })
          .finally(() => {
            running = null;
          });
        return running;
      },
      async idle() {
        await running;
      },
      runDue,
    };
    app.decorate('jobs', runner);

    const interval = config.jobPollMs;
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onClose', async () => {
      closing = true;
      clearInterval(timer);
      await runner.idle();
    });
    if (interval === null) return;
    app.addHook('onReady', async () => {
      for (const { name, task } of startup) {
        await task(app.db).catch((error: unknown) => {
          app.log.error({ err: error, task: name }, 'start-up task failed');
        });
      }
      timer = setInterval(() => void runner.kick(), interval);
      timer.unref();
      void runner.kick();
    });
  },
  { name: 'jobs', dependencies: ['db'] },
);

/** Runs `task` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await task(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
