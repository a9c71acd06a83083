import type { Db } from '@praxis/db/client';
import { publish } from '../../realtime/bus.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /**
     * These members joined or left the cohort: what they may see changes (its threads, its
     * meetups, its chat room), and open sockets are checked again.
     */
    'cohort.members_changed': { cohortId: string; memberIds: string[] };
  }
}

/** Announces who joined or left, inside the transaction that changed the membership. */
export function membersChanged(tx: Db, cohortId: string, memberIds: string[]) {
  return publish(tx, { name: 'cohort.members_changed', payload: { cohortId, memberIds } });
}
