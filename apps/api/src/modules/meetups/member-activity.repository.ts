import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { agendaItems, meetups, rsvps } from '@praxis/db/schema/meetups';
import { and, desc, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { linkedThreadColumns } from './attendance.repository.ts';
import { meetupVisibleTo } from './meetups.visibility.ts';

// What one member took part in that a profile shows, among the meetups the viewer may see; the
// count is a window over the same rows, so it tells of no other meetup.

const total = sql<number>`count(*) over ()`.mapWith(Number);

/** A meetup that took place: its notes are out, or it was scheduled and has ended. */
const tookPlace = or(
  eq(meetups.status, 'done'),
  and(eq(meetups.status, 'scheduled'), sql`${meetups.endsAt} <= now()`),
);

/** Meetups that took place while the member had a seat, latest first, with the count of all. */
export async function meetupsAttendedBy(
  db: Db,
  viewer: AccountMember,
  memberId: string,
  limit: number,
) {
  return db
    .select({ id: meetups.id, title: meetups.title, startsAt: meetups.startsAt, total })
    .from(rsvps)
    .innerJoin(meetups, eq(meetups.id, rsvps.meetupId))
    .where(
      and(
        eq(rsvps.memberId, memberId),
        eq(rsvps.status, 'going'),
        isNotNull(meetups.startsAt),
        tookPlace,
        meetupVisibleTo(viewer),
      ),
    )
    .orderBy(desc(meetups.startsAt), desc(meetups.id))
    .limit(limit);
}

/**
 * Their contributions accepted onto an agenda of a meetup that was not cancelled, latest
 * meetup first, with the count of all.
 */
export async function contributionsBy(
  db: Db,
  viewer: AccountMember,
  memberId: string,
  limit: number,
) {
  return db
    .select({
      id: agendaItems.id,
      title: agendaItems.title,
      kind: agendaItems.kind,
      meetupId: meetups.id,
      meetupTitle: meetups.title,
      meetupStartsAt: meetups.startsAt,
      ...linkedThreadColumns(),
      total,
    })
    .from(agendaItems)
    .innerJoin(meetups, eq(meetups.id, agendaItems.meetupId))
    .where(
      and(
        eq(agendaItems.speakerId, memberId),
        eq(agendaItems.status, 'accepted'),
        ne(meetups.status, 'cancelled'),
        meetupVisibleTo(viewer),
      ),
    )
    .orderBy(
      sql`coalesce(${meetups.startsAt}, ${agendaItems.createdAt}) desc`,
      desc(agendaItems.id),
    )
    .limit(limit);
}
