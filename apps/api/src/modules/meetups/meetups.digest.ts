import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { meetupSlots, meetups, meetupVotes, rsvps } from '@praxis/db/schema/meetups';
import { and, asc, eq, gt, isNull, lte, ne, notExists, or, sql } from 'drizzle-orm';
import { meetupVisibleTo } from './meetups.visibility.ts';

// What the weekly digest reads of the meetups module: what waits for the reader's answer.

/**
 * Scheduled meetups the reader may see that start after `from` and up to `until`, which they
 * have not answered (going, maybe, not going or waitlisted), soonest first; with how many there
 * are in all.
 */
export async function unansweredMeetups(
  db: Db,
  reader: AccountMember,
  window: { from: Date; until: Date },
  limit: number,
) {
  const answered = db
    .select({ meetupId: rsvps.meetupId })
    .from(rsvps)
    .where(and(eq(rsvps.meetupId, meetups.id), eq(rsvps.memberId, reader.id)));
  const rows = await db
    .select({
      id: meetups.id,
      title: meetups.title,
      startsAt: meetups.startsAt,
      timezone: meetups.timezone,
      venue: meetups.venue,
      onlineUrl: meetups.onlineUrl,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(meetups)
    .where(
      and(
        eq(meetups.status, 'scheduled'),
        gt(meetups.startsAt, window.from),
        lte(meetups.startsAt, window.until),
        meetupVisibleTo(reader),
        notExists(answered),
      ),
    )
    .orderBy(asc(meetups.startsAt), asc(meetups.id))
    .limit(limit);
  return {
    total: rows[0]?.total ?? 0,
    meetups: rows.flatMap(({ total: _, startsAt, ...meetup }) =>
      startsAt ? [{ ...meetup, startsAt }] : [],
    ),
  };
}

/**
 * Open date polls the reader may see and has not voted in, with a candidate date still after
 * `now`: their candidate dates' count, first and last (of those to come), earliest poll first.
 * A poll its proposer opened does not wait for them: they are not asked to vote either.
 */
export async function pollsAwaitingVote(db: Db, reader: AccountMember, now: Date, limit: number) {
  const voted = db
    .select({ slotId: meetupVotes.slotId })
    .from(meetupVotes)
    .innerJoin(meetupSlots, eq(meetupSlots.id, meetupVotes.slotId))
    .where(and(eq(meetupSlots.meetupId, meetups.id), eq(meetupVotes.memberId, reader.id)));
  const rows = await db
    .select({
      id: meetups.id,
      title: meetups.title,
      timezone: meetups.timezone,
      slotCount: sql<number>`count(${meetupSlots.id})`.mapWith(Number),
      firstStartsAt: sql<Date>`min(${meetupSlots.startsAt})`.mapWith(meetupSlots.startsAt),
      lastStartsAt: sql<Date>`max(${meetupSlots.startsAt})`.mapWith(meetupSlots.startsAt),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(meetups)
    .innerJoin(
      meetupSlots,
      and(eq(meetupSlots.meetupId, meetups.id), gt(meetupSlots.startsAt, now)),
    )
    .where(
      and(
        eq(meetups.status, 'proposed'),
        or(isNull(meetups.createdById), ne(meetups.createdById, reader.id)),
        meetupVisibleTo(reader),
        notExists(voted),
      ),
    )
    .groupBy(meetups.id)
    .orderBy(asc(sql`min(${meetupSlots.startsAt})`), asc(meetups.id))
    .limit(limit);
  return { total: rows[0]?.total ?? 0, polls: rows.map(({ total: _, ...poll }) => poll) };
}
