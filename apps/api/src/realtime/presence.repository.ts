import type { Db } from '@praxis/db/client';
import { presence, realtimeInstances } from '@praxis/db/schema/realtime';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';

/** An instance that has not beaten its heartbeat for this long counts as gone. */
export const INSTANCE_STALE_MS = 30_000;

const fresh = () =>
  gt(realtimeInstances.seenAt, sql`now() - make_interval(secs => ${INSTANCE_STALE_MS / 1000})`);

export async function beat(db: Db, instanceId: string) {
  await db
    .insert(realtimeInstances)
    .values({ id: instanceId })
    .onConflictDoUpdate({ target: realtimeInstances.id, set: { seenAt: sql`now()` } });
}

/**
 * Records that these members have a connection on this instance (again, after a sweep), and
 * whether one of them has the focus.
 */
export async function addConnections(
  db: Db,
  instanceId: string,
  connected: { memberId: string; focused: boolean }[],
) {
  if (connected.length === 0) return;
  await db
    .insert(presence)
    .values(connected.map(({ memberId, focused }) => ({ instanceId, memberId, focused })))
    .onConflictDoUpdate({
      target: [presence.instanceId, presence.memberId],
      set: { focused: sql`excluded.focused` },
    });
}

export async function removeConnections(db: Db, instanceId: string, memberIds: string[]) {
  if (memberIds.length === 0) return;
  await db
    .delete(presence)
    .where(and(eq(presence.instanceId, instanceId), inArray(presence.memberId, memberIds)));
}

/** Of `memberIds`, those connected to a live instance. */
export async function onlineAmong(db: Db, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ memberId: presence.memberId })
    .from(presence)
    .innerJoin(realtimeInstances, eq(realtimeInstances.id, presence.instanceId))
    .where(and(inArray(presence.memberId, memberIds), fresh()));
  return new Set(rows.map((row) => row.memberId));
}

/**
 * Of `memberIds`, those with a tab that has the focus on a live instance, any of them: what would
 * reach them elsewhere (a direct message's notification, a push to their phone) waits while they
 * look at Praxis. A socket that closed counts as a tab without it.
 */
export async function focusedAmong(db: Db, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ memberId: presence.memberId })
    .from(presence)
    .innerJoin(realtimeInstances, eq(realtimeInstances.id, presence.instanceId))
    .where(and(inArray(presence.memberId, memberIds), eq(presence.focused, true), fresh()));
  return new Set(rows.map((row) => row.memberId));
}

/** Whether the member has a tab with the focus (see focusedAmong). */
export async function hasFocusedTab(db: Db, memberId: string): Promise<boolean> {
  return (await focusedAmong(db, [memberId])).has(memberId);
}

/** Every member connected to a live instance. */
export async function onlineAll(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ memberId: presence.memberId })
    .from(presence)
    .innerJoin(realtimeInstances, eq(realtimeInstances.id, presence.instanceId))
    .where(fresh());
  return rows.map((row) => row.memberId);
}

/**
 * Forgets instances that stopped beating (killed, or cut off from the database) and returns the
 * members they had connected; whichever instance sweeps first takes them, the others find none.
 */
export async function sweepStale(db: Db): Promise<string[]> {
  const stale = lt(
    realtimeInstances.seenAt,
    sql`now() - make_interval(secs => ${INSTANCE_STALE_MS / 1000})`,
  );
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(presence)
      .where(
        inArray(
          presence.instanceId,
          tx.select({ id: realtimeInstances.id }).from(realtimeInstances).where(stale),
        ),
      )
      .returning({ memberId: presence.memberId });
    await tx.delete(realtimeInstances).where(stale);
    return [...new Set(gone.map((row) => row.memberId))];
  });
}

export async function removeInstance(db: Db, instanceId: string) {
  await db.delete(realtimeInstances).where(eq(realtimeInstances.id, instanceId));
}
