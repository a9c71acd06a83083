import type { Db } from '@praxis/db/client';
import { presence, realtimeInstances } from '@praxis/db/schema/realtime';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { prepared, preparedSql, uuidArray, uuidArrayValue } from '../lib/prepared-statements.ts';

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
  // A storm of reconnecting tabs adds them in batches of any size: one text for all, prepared.
  await preparedSql(
    db,
    'realtime.presence.add',
    () => sql`insert into presence (instance_id, member_id, focused)
      select ${sql.placeholder('instance')}::uuid, added.member_id, added.focused
        from unnest(${uuidArray('members')}, ${sql.placeholder('focused')}::boolean[])
          as added(member_id, focused)
      on conflict (instance_id, member_id) do update set focused = excluded.focused`,
  ).execute({
    instance: instanceId,
    members: uuidArrayValue(connected.map(({ memberId }) => memberId)),
    focused: `{${connected.map(({ focused }) => (focused ? 't' : 'f')).join(',')}}`,
  });
}

export async function removeConnections(db: Db, instanceId: string, memberIds: string[]) {
  if (memberIds.length === 0) return;
  await db
    .delete(presence)
    .where(and(eq(presence.instanceId, instanceId), inArray(presence.memberId, memberIds)));
}

/** Of `memberIds`, those connected to a live instance. */
export function onlineAmong(db: Db, memberIds: string[]): Promise<Set<string>> {
  return presentAmong(db, memberIds, false);
}

/**
 * Of `memberIds`, those with a tab that has the focus on a live instance, any of them: what would
 * reach them elsewhere (a direct message's notification, a push to their phone) waits while they
 * look at Praxis. A socket that closed counts as a tab without it.
 */
export function focusedAmong(db: Db, memberIds: string[]): Promise<Set<string>> {
  return presentAmong(db, memberIds, true);
}

/** Asked as members leave and as each chat message is sent: prepared, for any number of members. */
async function presentAmong(db: Db, memberIds: string[], focusedOnly: boolean) {
  if (memberIds.length === 0) return new Set<string>();
  const name = focusedOnly ? 'realtime.presence.focusedAmong' : 'realtime.presence.onlineAmong';
  const statement = prepared(db, name, (statementName) =>
    db
      .selectDistinct({ memberId: presence.memberId })
      .from(presence)
      .innerJoin(realtimeInstances, eq(realtimeInstances.id, presence.instanceId))
      .where(
        and(
          sql`${presence.memberId} = any(${uuidArray('members')})`,
          focusedOnly ? eq(presence.focused, true) : undefined,
          fresh(),
        ),
      )
      .prepare(statementName),
  );
  const rows = await statement.execute({ members: uuidArrayValue(memberIds) });
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
