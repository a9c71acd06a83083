import type { Database, Db } from '@praxis/db/client';
import { realtimeSpill } from '@praxis/db/schema/realtime';
import { eq, lt, sql } from 'drizzle-orm';
import { preparedSql } from '../lib/prepared-statements.ts';
import type { EventHandler, EventName, RealtimeEvent } from './events.ts';

const EVENTS_CHANNEL = 'praxis_events';

// Postgres refuses a NOTIFY payload of 8000 bytes or more; stay well under it.
export const MAX_PAYLOAD_BYTES = 7000;

/** A spilled event is read by every instance within moments; this leaves ample slack. */
const SPILL_KEPT_MINUTES = 10;

/**
 * Announces `events` to every instance, itself included. Call it with the transaction that made
 * the change: Postgres delivers the announcement when it commits and drops it if it rolls back
 * (PGlite, being Postgres, does the same in process), so nobody hears of a write that did not
 * happen. An event too big for a NOTIFY is stored in the same transaction and announced by id.
 */
export async function publish(tx: Db, ...events: RealtimeEvent[]): Promise<void> {
  const payloads: string[] = [];
  for (const event of events) {
    const text = JSON.stringify(event);
    if (Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES) {
      payloads.push(text);
      continue;
    }
    const [spilled] = await tx
      .insert(realtimeSpill)
      .values({ event: text })
      .returning({ id: realtimeSpill.id });
    if (!spilled) throw new Error('an event could not be spilled');
    payloads.push(JSON.stringify({ spill: spilled.id }));
  }
  if (payloads.length === 0) return;
  // One round trip for a whole batch, delivered in the order given; one text for any batch,
  // prepared, since every write that others hear of runs it.
  await preparedSql(
    tx,
    'realtime.bus.publish',
    () =>
      sql`select pg_notify(${EVENTS_CHANNEL}, payload) from json_array_elements_text(${sql.placeholder('payloads')}::json) as payload`,
  ).execute({ payloads: JSON.stringify(payloads) });
}

export interface Bus {
  /** Calls `handler` with every `name` event, on this instance, in commit order. */
  on<Name extends EventName>(name: Name, handler: EventHandler<Name>): () => void;
  /** After the bus was cut off: whatever was announced meanwhile must be read back. */
  onResume(listener: () => void): () => void;
  /** Resolves when every event received so far has been handled. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface BusOptions {
  onError(error: unknown, context: string): void;
  onLost(error: Error): void;
}

/**
 * Listens on the database's channel and hands each event to its handlers, one event after the
 * other: a handler that awaits (reading a spilled event, checking access) holds back those
 * behind it, so every instance sees the same order.
 */
export async function startBus(database: Database, options: BusOptions): Promise<Bus> {
  const handlers = new Map<string, Set<(payload: unknown) => void | Promise<void>>>();
  const resumeListeners = new Set<() => void>();
  let chain: Promise<void> = Promise.resolve();

  async function dispatch(raw: string) {
    const event = await decode(database.db, raw);
    if (!event) return;
    for (const handler of handlers.get(event.name) ?? []) {
      try {
        await handler(event.payload);
      } catch (error) {
        options.onError(error, event.name);
      }
    }
  }

  const stop = await database.listen(EVENTS_CHANNEL, {
    onNotify(payload) {
      chain = chain.then(() => dispatch(payload)).catch((error) => options.onError(error, 'bus'));
    },
    onLost: options.onLost,
    onResume() {
      for (const listener of resumeListeners) listener();
    },
  });

  return {
    on(name, handler) {
      const set = handlers.get(name) ?? new Set();
      const untyped = handler as (payload: unknown) => void | Promise<void>;
      set.add(untyped);
      handlers.set(name, set);
      return () => set.delete(untyped);
    },
    onResume(listener) {
      resumeListeners.add(listener);
      return () => resumeListeners.delete(listener);
    },
    settled: () => chain,
    async stop() {
      await stop();
      await chain;
    },
  };
}

async function decode(db: Db, raw: string): Promise<RealtimeEvent | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  if ('spill' in parsed && typeof parsed.spill === 'number') {
    const [row] = await db
      .select({ event: realtimeSpill.event })
      .from(realtimeSpill)
      .where(eq(realtimeSpill.id, parsed.spill));
    return row ? decode(db, row.event) : null;
  }
  return 'name' in parsed && typeof parsed.name === 'string' ? (parsed as RealtimeEvent) : null;
}

/** Deletes spilled events every instance has long read. */
export async function pruneSpill(db: Db) {
  await db
    .delete(realtimeSpill)
    .where(lt(realtimeSpill.createdAt, sql`now() - make_interval(mins => ${SPILL_KEPT_MINUTES})`));
}
