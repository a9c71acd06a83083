import type { Db } from '@praxis/db/client';
import { rateLimitBuckets } from '@praxis/db/schema/throttle';
import { msg } from '@praxis/i18n/message-ref';
import type { ServerMessageId } from '@praxis/i18n/server-catalogs';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../app-error.ts';

export interface ThrottleRule {
  /** What is being limited, e.g. `login:ip:203.0.113.7`. */
  key: string;
  limit: number;
  windowSeconds: number;
  /**
   * The refusal, whole: a catalog key whose text says when to try again from `wait` (`seconds`
   * or `minutes`) and the number of each.
   */
  message: ServerMessageId;
}

export interface Throttle {
  /** Counts one attempt against every rule; throws `rate_limited` when any rule is exceeded. */
  hit(rules: ThrottleRule[]): Promise<void>;
  /** Counts one attempt and says how many the window holds now, refusing nothing. */
  count(rule: Pick<ThrottleRule, 'key' | 'windowSeconds'>): Promise<number>;
  /** How many attempts the current window holds, without counting one. */
  peek(rule: Pick<ThrottleRule, 'key' | 'windowSeconds'>): Promise<number>;
  /** Gives back one attempt counted by `hit`, for an attempt that turned out not to count. */
  refund(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  /**
   * Takes the key's slot for `intervalMs` if it is free; while another attempt holds it, says
   * how many seconds are left. One statement, so attempts at once cannot both take it.
   */
  claimSlot(key: string, intervalMs: number): Promise<SlotClaim>;
}

export type SlotClaim = { claimed: true } | { claimed: false; retryAfterSeconds: number };

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
  async function bump(rule: Pick<ThrottleRule, 'key' | 'windowSeconds'>) {
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
    if (!bucket) throw new Error('rate limit upsert returned no row');
    return bucket;
  }

  return {
    async hit(rules) {
      for (const rule of rules) {
        const bucket = await bump(rule);
        if (bucket.hits > rule.limit) {
          const retryAfterSeconds = Math.max(1, Number(bucket.retryAfter));
          throw new AppError('rate_limited', msg(rule.message, waitValues(retryAfterSeconds)), {
            retryAfterSeconds,
          });
        }
      }
    },
    async count(rule) {
      return (await bump(rule)).hits;
    },
    async peek(rule) {
      const [bucket] = await db
        .select({ hits: rateLimitBuckets.hits })
        .from(rateLimitBuckets)
        .where(
          and(
            eq(rateLimitBuckets.key, rule.key),
            sql`${rateLimitBuckets.windowStartedAt} > now() - make_interval(secs => ${rule.windowSeconds})`,
          ),
        );
      return bucket?.hits ?? 0;
    },
    async refund(key) {
      await db
        .update(rateLimitBuckets)
        .set({ hits: sql`greatest(${rateLimitBuckets.hits} - 1, 0)` })
        .where(eq(rateLimitBuckets.key, key));
    },
    async reset(key) {
      await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
    },
    async claimSlot(key, intervalMs) {
      // A slot's row keeps the moment it frees up in `windowStartedAt`.
      const freeAt = sql`now() + make_interval(secs => ${intervalMs / 1000})`;
      const [taken] = await db
        .insert(rateLimitBuckets)
        .values({ key, windowStartedAt: freeAt, hits: 1 })
        .onConflictDoUpdate({
          target: rateLimitBuckets.key,
          set: { windowStartedAt: freeAt, hits: 1 },
          setWhere: sql`${rateLimitBuckets.windowStartedAt} <= now()`,
        })
        .returning({ key: rateLimitBuckets.key });
      if (taken) return { claimed: true };
      const [held] = await db
        .select({
          seconds: sql<number>`ceil(extract(epoch from (${rateLimitBuckets.windowStartedAt} - now())))::int`,
        })
        .from(rateLimitBuckets)
        .where(eq(rateLimitBuckets.key, key));
      return { claimed: false, retryAfterSeconds: Math.max(1, Number(held?.seconds ?? 1)) };
    },
  };
}

/** A wait under 90 seconds is told in seconds, a longer one in whole minutes. */
export function waitValues(seconds: number) {
  return {
    wait: seconds < 90 ? 'seconds' : 'minutes',
    seconds,
    minutes: Math.ceil(seconds / 60),
  };
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
