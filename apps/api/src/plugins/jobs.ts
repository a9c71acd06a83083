import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { deleteExpiredAuthRows } from '../modules/auth/auth.service.ts';
import { planMissingReminders, runDueJobs } from '../modules/reminders/reminders.service.ts';

const BATCH = 50;
/** How often expired sessions, reset links and rate windows are deleted. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface JobRunner {
  /** Runs every job that is due now; a call during a run joins it. Never rejects. */
  kick(): Promise<number>;
  /** Resolves when the current run, if any, has finished. */
  idle(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

/**
 * Polls the jobs table (meetup reminders) every `config.jobPollMs`. Every instance polls; the
 * claim skips rows another instance holds, so each job still runs once. Tests start without
 * the timer and run jobs when they choose, unless they set JOB_POLL_SECONDS.
 */
export default fp(
  async function jobs(app: FastifyInstance, { config }: { config: Config }) {
    let running: Promise<number> | null = null;
    let sweptAt = 0;

    async function drain(): Promise<number> {
      if (Date.now() - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = Date.now();
        await deleteExpiredAuthRows(app.db, new Date());
      }
      let total = 0;
      for (;;) {
        const claimed = await runDueJobs(app.db, app.notificationBus, new Date(), BATCH);
        total += claimed;
        if (claimed < BATCH) return total;
      }
    }

    const runner: JobRunner = {
      kick() {
        running ??= drain()
          .catch((error: unknown) => {
            app.log.error({ err: error }, 'due jobs could not be run');
            return 0;
          })
          .finally(() => {
            running = null;
          });
        return running;
      },
      async idle() {
        await running;
      },
    };
    app.decorate('jobs', runner);

    const interval = config.jobPollMs;
    if (interval === null) return;
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      await planMissingReminders(app.db).catch((error: unknown) => {
        app.log.error({ err: error }, 'reminders of scheduled meetups could not be planned');
      });
      timer = setInterval(() => void runner.kick(), interval);
      timer.unref();
      void runner.kick();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await runner.idle();
    });
  },
  { name: 'jobs', dependencies: ['db', 'notification-bus'] },
);
