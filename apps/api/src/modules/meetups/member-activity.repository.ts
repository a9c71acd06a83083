import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { agendaItems, meetups } from '@praxis/db/schema/meetups';
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

/**
 * Meetups that took place and the member attended, latest first, with the count of all. Where
 * attendance was taken (anyone checked in), a check-in is what counts; where it was not, as at
 * meetups before check-in existed, a seat taken (going) stands for being there.
 */
export async function meetupsAttendedBy(
  db: Db,
  viewer: AccountMember,
  memberId: string,
  limit: number,
) {
  const checkedIn = sql`exists (select 1 from meetup_check_ins ci
    where ci.meetup_id = ${meetups.id} and ci.member_id = ${memberId}::uuid)`;
  const hadSeat = sql`(exists (select 1 from rsvps r where r.meetup_id = ${meetups.id}
      and r.member_id = ${memberId}::uuid and r.status = 'going')
    and not exists (select 1 from meetup_check_ins ci where ci.meetup_id = ${meetups.id}))`;
  return db
    .select({ id: meetups.id, title: meetups.title, startsAt: meetups.startsAt, total })
    .from(meetups)
    .where(
      and(isNotNull(meetups.startsAt), tookPlace, or(checkedIn, hadSeat), meetupVisibleTo(viewer)),
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
