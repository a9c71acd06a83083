import type { Db } from '@praxis/db/client';
import type { Realtime } from '../../plugins/realtime.ts';
import * as repository from './members.repository.ts';

/** Presence follows each member's setting: whoever hides it is never shown online. */
export function listenToMemberEvents({ hub }: Realtime, db: Db) {
  hub.setPresencePolicy((memberIds) => repository.showingOnline(db, memberIds));
}
