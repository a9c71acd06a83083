import type { Role } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { Realtime } from '../../plugins/realtime.ts';
import { publish } from '../../realtime/bus.ts';
import * as repository from './members.repository.ts';

declare module '../../realtime/events.ts' {
  interface RealtimeEvents {
    /** An admin changed the member's role: what they may see changes on their open pages. */
    'member.role_changed': { memberId: string; role: Role };
  }
}

/** Announces a change of role inside the transaction that made it. */
export function roleChanged(tx: Db, memberId: string, role: Role) {
  return publish(tx, { name: 'member.role_changed', payload: { memberId, role } });
}

/**
 * Presence follows each member's setting: whoever hides it is never shown online. A member whose
 * role changes sees, on every open socket, what the new role allows and no more.
 */
export function listenToMemberEvents({ on, hub }: Realtime, db: Db) {
  hub.setPresencePolicy((memberIds) => repository.showingOnline(db, memberIds));
  on('member.role_changed', ({ memberId }) => hub.refreshMember(memberId));
}
