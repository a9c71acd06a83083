import type { Db } from '@praxis/db/client';
import { notify } from '../notifications/notifications.service.ts';
import * as attendance from './attendance.repository.ts';

/**
 * Gives freed seats to the waitlist, first come first served, and tells each promoted member.
 * Runs under the meetup's row lock, so two seats freed at once go to two different people.
 */
export async function fillFreedSeats(
  db: Db,
  meetup: { id: string; capacity: number | null },
  actorId: string,
) {
  const promoted: string[] = [];
  let going = await attendance.countGoing(db, meetup.id);
  while (meetup.capacity === null || going < meetup.capacity) {
    const next = await attendance.firstWaitlisted(db, meetup.id);
    if (!next) break;
    await attendance.setRsvp(db, meetup.id, next, 'going', false);
    promoted.push(next);
    going += 1;
  }
  return notify(
    db,
    promoted.map((memberId) => ({
      memberId,
      kind: 'waitlist_promoted' as const,
      actorId,
      meetupId: meetup.id,
    })),
  );
}
