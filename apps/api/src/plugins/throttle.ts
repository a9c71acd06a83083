import type { Db } from '@praxis/db/client';
import { rateLimitBuckets } from '@praxis/db/schema/throttle';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../app-error.ts';

export interface ThrottleRule {
  /** What is being limited, e.g. `login:ip:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
  message: string;
}

export interface Throttle {
  /** Counts one attempt against every rule; throws `rate_limited` when any rule is exceeded. */
  hit(rules: ThrottleRule[]): Promise<void>;
  reset(key: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    throttle: Throttle;
  }
}

/**
 * Fixed-window counters in Postgres, so that every API instance shares one count: a limit
 * kept in process memory would multiply by the number of instances behind the balancer.
 */
export function createThrottle(db: Db): Throttle {
  return {
    async hit(rules) {
      for (const rule of rules) {
        const window = sql`make_interval(secs => ${rule.windowSeconds})`;
        const [bucket] = await db
          .insert(rateLimitBuckets)
          .values({ key: rule.key, windowStartedAt: sql`now()`, hits: 1 })
          .onConflictDoUpdate({
            target: rateLimitBuckets.key,
            set: {
              hits: sql`case when ${rateLimitBuckets.windowStartedAt} <= now() - ${window} then 1 else ${rateLimitBuckets.hits} + 1 end`,
              windowStartedAt: sql`case when ${rateLimitBuckets.windowStartedAt} <= now() - ${window} then now() else ${rateLimitBuckets.windowStartedAt} end`,
            },
          })
          .returning({
            hits: rateLimitBuckets.hits,
            retryAfter: sql<number>`ceil(extract(epoch from (${rateLimitBuckets.windowStartedAt} + ${window} - now())))::int`,
          });
        if (bucket && bucket.hits > rule.limit) {
          const retryAfterSeconds = Math.max(1, Number(bucket.retryAfter));
          throw new AppError(
            'rate_limited',
            `${rule.message} Try again in ${describeWait(retryAfterSeconds)}.`,
            {
              retryAfterSeconds,
            },
          );
        }
      }
    },
    async reset(key) {
      await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
    },
  };
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Deletes windows long over (a day is past every window the limits use); returns how many went. */
export async function deleteOldWindows(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(rateLimitBuckets)
    .where(
      sql`${rateLimitBuckets.windowStartedAt} < ${now.toISOString()}::timestamptz - interval '1 day'`,
    )
    .returning({ key: rateLimitBuckets.key });
  return gone.length;
}

/** Old windows only take room, so once an hour is often enough. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export default fp(
  async function throttle(app: FastifyInstance) {
    app.decorate('throttle', createThrottle(app.db));
    app.jobs.every('delete rate windows long over', SWEEP_EVERY_MS, deleteOldWindows);
  },
  { name: 'throttle', dependencies: ['db', 'jobs'] },
);
