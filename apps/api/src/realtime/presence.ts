import { randomUUID } from 'node:crypto';
import type { Db } from '@praxis/db/client';
import * as repository from './presence.repository.ts';

/** Which of these members let others see when they are online; all of them, by default. */
export type PresencePolicy = (memberIds: string[]) => Promise<Set<string>>;

interface PresenceDeps {
  db: Db;
  /** Whether the member has a socket on this instance right now. */
  isConnected(memberId: string): boolean;
  /** Whether one of the member's sockets on this instance says its tab has the focus. */
  isFocused(memberId: string): boolean;
  announce(memberId: string, online: boolean): Promise<void>;
  onFailure(error: unknown): void;
}

/**
 * Who is online, across instances: each instance records its members in the `presence` table
 * and beats a heartbeat; an instance that stops beating is swept by the others, and its members
 * go offline unless they are connected elsewhere.
 */
export function createPresence({ db, isConnected, isFocused, announce, onFailure }: PresenceDeps) {
  const instanceId = randomUUID();
  /** Members whose arrival this instance has handled: recorded, and announced if they show it. */
  const arrived = new Set<string>();
  const work = new Map<string, Promise<void>>();
  let policy: PresencePolicy = async (memberIds) => new Set(memberIds);

  /** Members who hide their presence were never online to others, so they never go offline. */
  async function announceOfflineUnlessElsewhere(memberIds: string[]) {
    if (memberIds.length === 0) return;
    const shown = await policy(memberIds);
    const online = await repository.onlineAmong(db, [...shown]);
    for (const memberId of shown) {
      if (!online.has(memberId)) await announce(memberId, false);
    }
  }

  return {
    instanceId,

    setPolicy(next: PresencePolicy) {
      policy = next;
    },

    /** Everyone others may see online now. */
    async shown(): Promise<Set<string>> {
      return policy(await repository.onlineAll(db));
    },

    /**
     * A member connected, disconnected or moved the focus here. Serialised per member, and
     * decided by the state when it runs, so quick reconnects settle right.
     */
    sync(memberId: string) {
      const next = (work.get(memberId) ?? Promise.resolve())
        .then(async () => {
          if (isConnected(memberId)) {
            await repository.addConnections(db, instanceId, [
              { memberId, focused: isFocused(memberId) },
            ]);
            if (arrived.has(memberId)) return;
            arrived.add(memberId);
            // Someone who hides it stays offline to others, though Praxis knows they are here.
            if ((await policy([memberId])).has(memberId)) await announce(memberId, true);
            return;
          }
          await repository.removeConnection(db, instanceId, memberId);
          arrived.delete(memberId);
          await announceOfflineUnlessElsewhere([memberId]);
        })
        .catch(onFailure);
      work.set(memberId, next);
      void next.finally(() => {
        if (work.get(memberId) === next) work.delete(memberId);
      });
    },

    async beat(connectedMemberIds: string[]) {
      await repository.beat(db, instanceId);
      // Rows another instance swept while this one could not reach the database come back.
      await repository.addConnections(
        db,
        instanceId,
        connectedMemberIds.map((memberId) => ({ memberId, focused: isFocused(memberId) })),
      );
      await announceOfflineUnlessElsewhere(await repository.sweepStale(db));
    },

    start: () => repository.beat(db, instanceId),

    async stop(memberIds: string[]) {
      await Promise.allSettled(work.values());
      await repository.removeInstance(db, instanceId).catch(onFailure);
      await announceOfflineUnlessElsewhere(memberIds).catch(onFailure);
    },
  };
}
