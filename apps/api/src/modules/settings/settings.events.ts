import type { Db } from '@praxis/db/client';
import { publish } from '../../realtime/bus.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /** An admin changed the network's settings: every instance reads them again. */
    'settings.changed': Record<string, never>;
  }
}

/** Announces the change inside the transaction that made it. */
export function settingsChanged(tx: Db) {
  return publish(tx, { name: 'settings.changed', payload: {} });
}
