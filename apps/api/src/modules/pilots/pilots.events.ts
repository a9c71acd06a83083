import type { Db } from '@praxis/db/client';
import { publish } from '../../realtime/bus.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /**
     * Who sees this pilot narrowed: it was kept to its cohort, or deleted. Copies made of it
     * elsewhere no longer hold.
     */
    'pilot.narrowed': { pilotId: string };
  }
}

/** Announces that a pilot narrowed, inside the transaction that narrowed it. */
export function pilotNarrowed(tx: Db, pilotId: string) {
  return publish(tx, { name: 'pilot.narrowed', payload: { pilotId } });
}
