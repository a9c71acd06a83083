import { randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import { OnlineRoster } from './online-roster.ts';
import * as repository from './presence.repository.ts';

/** Which of these members let others see when they are online; all of them, by default. */
export type PresencePolicy = (memberIds: string[]) => Promise<Set<string>>;

export interface PresenceChange {
  memberId: string;
  online: boolean;
}

interface PresenceDeps {
  db: Db;
  /** Whether the member has a socket on this instance right now. */
  isConnected(memberId: string): boolean;
  /** Whether one of the member's sockets on this instance says its tab has the focus. */
  isFocused(memberId: string): boolean;
  /** Announces these changes to every instance, in one go. */
  announce(changes: PresenceChange[]): Promise<void>;
  onFailure(error: unknown): void;
  /**
   * How long a member whose last socket here closed still counts as online, in case they come
   * straight back: a reload, a network blip, a server restarting. Others see no flicker, and a
   * storm of reconnecting tabs writes and announces nothing.
   */
  offlineGraceMs: number;
  /** The online list, read again, differs from what the tabs here were told: these tell them. */
  onCorrected?(changes: PresenceChange[]): void;
}

/**
 * Who is online, across instances: each instance records its members in the `presence` table
 * and beats a heartbeat; an instance that stops beating is swept by the others, and its members
 * go offline unless they are connected elsewhere.
 */
export function createPresence({
  db,
  isConnected,
  isFocused,
  announce,
  onFailure,
  offlineGraceMs,
  onCorrected,
}: PresenceDeps) {
  const instanceId = randomUUID();
  /** Members whose arrival this instance has handled: recorded, and announced if they show it. */
  const arrived = new Set<string>();
  /**
   * Whether each member's row here says a tab has the focus, as this instance last wrote it: a
   * tab coming straight back (within the grace) leaves the row as it is and writes nothing.
   */
  const recorded = new Map<string, boolean>();
  /** Members whose connections changed here since the last flush began. */
  const changed = new Set<string>();
  /**
   * Members whose last socket closed within the grace: when, and the timer that looks again
   * (null once it fired: a timer may fire a millisecond early, and then another is set).
   */
  const leaving = new Map<string, { since: number; timer: NodeJS.Timeout | null }>();
  let flushing: Promise<void> = Promise.resolve();
  let flushQueued = false;
  /** Once stopping, what the closing sockets report is left to `stop`, which announces them. */
  let stopped = false;
  let policy: PresencePolicy = async (memberIds) => new Set(memberIds);
  /** Who is online, as this instance's tabs hold it (online-roster.ts). */
  const roster = new OnlineRoster(async () => policy(await repository.onlineAll(db)), onCorrected);

  /** Members who hide their presence were never online to others, so they never go offline. */
  async function announceOfflineUnlessElsewhere(memberIds: string[]) {
    if (memberIds.length === 0) return;
    const shown = await policy(memberIds);
    const online = await repository.onlineAmong(db, [...shown]);
    const offline = [...shown].filter((memberId) => !online.has(memberId));
    if (offline.length === 0) return;
    await announce(offline.map((memberId) => ({ memberId, online: false })));
    // One who arrived on another instance between the read and the announcement may have been
    // announced there first: told again, after, or they would stay offline to everyone.
    const back = await repository.onlineAmong(db, offline);
    if (back.size > 0) await announceOnline([...back]);
  }

  /**
   * Announces those of these members who show it online. One who hid themselves between the
   * policy's read and the announcement had their "offline" sent before it: it is sent again,
   * after, so that neither the tabs nor the online lists keep them.
   */
  async function announceOnline(memberIds: string[]) {
    const shown = await policy(memberIds);
    if (shown.size === 0) return;
    await announce([...shown].map((memberId) => ({ memberId, online: true })));
    const still = await policy([...shown]);
    const hid = [...shown].filter((memberId) => !still.has(memberId));
    if (hid.length > 0) await announce(hid.map((memberId) => ({ memberId, online: false })));
  }

  function scheduleFlush() {
    if (flushQueued) return;
    flushQueued = true;
    flushing = flushing
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        flushQueued = false;
        const batch = [...changed];
        changed.clear();
        return flush(batch).catch((error: unknown) => {
          // Not lost: the members are flushed again, by the state then, at the next change or
          // heartbeat; otherwise one who left might stay online to others until a restart.
          for (const memberId of batch) changed.add(memberId);
          onFailure(error);
        });
      });
  }

  /**
   * Members with no socket here now: those gone for longer than the grace, and those still in
   * it, looked at again once it has passed.
   */
  function partByGrace(memberIds: string[]) {
    // A monotonic clock: a wall clock set back would lengthen the grace by as much.
    const now = performance.now();
    const gone: string[] = [];
    const waiting: string[] = [];
    for (const memberId of memberIds) {
      const left = leaving.get(memberId);
      const since = left?.since ?? now;
      if (now - since >= offlineGraceMs) {
        // Kept until they are recorded gone: a flush that fails does not start their grace anew.
        if (left?.timer) clearTimeout(left.timer);
        if (left) left.timer = null;
        gone.push(memberId);
        continue;
      }
      waiting.push(memberId);
      if (left?.timer) continue;
      const entry: { since: number; timer: NodeJS.Timeout | null } = { since, timer: null };
      entry.timer = setTimeout(
        () => {
          entry.timer = null;
          sync(memberId);
        },
        since + offlineGraceMs - now,
      );
      // A member's grace never keeps a stopping server alive.
      entry.timer.unref();
      leaving.set(memberId, entry);
    }
    return { gone, waiting };
  }

  /** Records and announces the members' arrivals and departures, decided by the state now. */
  async function flush(memberIds: string[]) {
    const connected = memberIds.filter(isConnected);
    for (const memberId of connected) {
      const left = leaving.get(memberId);
      if (left?.timer) clearTimeout(left.timer);
      leaving.delete(memberId);
    }
    const { gone, waiting } = partByGrace(memberIds.filter((memberId) => !isConnected(memberId)));
    // One still in their grace has no tab open: nothing they are sent waits for them to look.
    const rows = [
      ...connected.map((memberId) => ({ memberId, focused: isFocused(memberId) })),
      ...waiting.map((memberId) => ({ memberId, focused: false })),
    ].filter(({ memberId, focused }) => recorded.get(memberId) !== focused);
    await repository.addConnections(db, instanceId, rows);
    for (const { memberId, focused } of rows) recorded.set(memberId, focused);
    const arriving = connected.filter((memberId) => !arrived.has(memberId));
    // Someone who hides it stays offline to others, though Praxis knows they are here.
    if (arriving.length > 0) await announceOnline(arriving);
    for (const memberId of arriving) arrived.add(memberId);
    if (gone.length === 0) return;
    await repository.removeConnections(db, instanceId, gone);
    for (const memberId of gone) {
      recorded.delete(memberId);
      arrived.delete(memberId);
      leaving.delete(memberId);
    }
    await announceOfflineUnlessElsewhere(gone);
  }

  /**
   * A member connected, disconnected or moved the focus here. The changes of a turn are
   * flushed together (one statement each for all of them, not for each member: a reconnect
   * storm is thousands at once), one flush after the other, each decided by the state when it
   * runs, so quick reconnects settle right.
   */
  function sync(memberId: string) {
    if (stopped) return;
    changed.add(memberId);
    scheduleFlush();
  }

  return {
    instanceId,

    setPolicy(next: PresencePolicy) {
      policy = next;
    },

    /** Everyone others may see online now, as the tabs here were told: no read once held. */
    shown: () => roster.shown(),

    /** Presence changes every tab here is being told of. */
    heard: (changes: PresenceChange[]) => roster.heard(changes),

    /** Reads the online list again: changes may have been missed, or heard out of order. */
    refresh: () => roster.refresh(),

    sync,

    async beat(connectedMemberIds: string[]) {
      // Changes a failed flush gave back are tried again, if nothing else came to flush them.
      if (changed.size > 0) scheduleFlush();
      await repository.beat(db, instanceId);
      // Rows another instance swept while this one could not reach the database come back;
      // not those of members who left while the beat was written (their rows went with them).
      await repository.addConnections(
        db,
        instanceId,
        connectedMemberIds
          .filter(isConnected)
          .map((memberId) => ({ memberId, focused: isFocused(memberId) })),
      );
      await announceOfflineUnlessElsewhere(await repository.sweepStale(db));
    },

    start: () => repository.beat(db, instanceId),

    async stop(memberIds: string[]) {
      stopped = true;
      await flushing;
      // Those in their grace leave with the instance too.
      const graced = [...leaving.keys()];
      for (const { timer } of leaving.values()) if (timer) clearTimeout(timer);
      leaving.clear();
      await repository.removeInstance(db, instanceId).catch(onFailure);
      await announceOfflineUnlessElsewhere([...memberIds, ...graced]).catch(onFailure);
    },
  };
}
