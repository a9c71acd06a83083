import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { meetups, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { meetupVisibleTo } from './meetups.visibility.ts';

// Meetups as dates in a member's diary, for the calendar feed and the reminders (through
// dated-meetups.service.ts).

const eventColumns = {
  id: meetups.id,
  title: meetups.title,
  descriptionSource: meetups.descriptionSource,
  status: meetups.status,
  startsAt: meetups.startsAt,
  endsAt: meetups.endsAt,
  venue: meetups.venue,
  onlineUrl: meetups.onlineUrl,
  cancelReason: meetups.cancelReason,
  sequence: meetups.sequence,
  updatedAt: meetups.updatedAt,
};

export type MeetupEventRow = NonNullable<Awaited<ReturnType<typeof findVisibleEvent>>>;

export async function findVisibleEvent(db: Db, viewer: AccountMember, id: string) {
  const [row] = await db
    .select(eventColumns)
    .from(meetups)
    .where(and(eq(meetups.id, id), meetupVisibleTo(viewer)));
  return row;
}

/** A feed lists at most this many meetups, the latest first. */
const FEED_LIMIT = 500;

/**
 * The dated meetups the member answered going or maybe to and may still see, from `since` on.
 * Cancelled ones stay listed, so that subscribed calendars learn of the cancellation.
 */
export async function feedEvents(db: Db, owner: AccountMember, since: Date) {
  return db
    .select(eventColumns)
    .from(meetups)
    .innerJoin(rsvps, and(eq(rsvps.meetupId, meetups.id), eq(rsvps.memberId, owner.id)))
    .where(
      and(
        inArray(rsvps.status, ['going', 'maybe']),
        inArray(meetups.status, ['scheduled', 'done', 'cancelled']),
        isNotNull(meetups.startsAt),
        gte(meetups.startsAt, since),
        meetupVisibleTo(owner),
      ),
    )
    .orderBy(desc(meetups.startsAt))
    .limit(FEED_LIMIT);
}

/**
 * The meetup as a reminder needs it, share-locked until the reminder's transaction ends, so
 * that a concurrent move or cancellation lands either wholly before the reminder or after it.
 */
export async function lockForReminder(db: Db, meetupId: string) {
  const [row] = await db
    .select({ id: meetups.id, status: meetups.status, startsAt: meetups.startsAt })
    .from(meetups)
    .where(eq(meetups.id, meetupId))
    .for('share');
  return row;
}

/** Active members who answered going or maybe and may still see the meetup. */
export async function reminderRecipients(db: Db, meetupId: string) {
  const rows = await db
    .select({ id: members.id })
    .from(rsvps)
    .innerJoin(members, eq(members.id, rsvps.memberId))
    .innerJoin(meetups, eq(meetups.id, rsvps.meetupId))
    .where(
      and(
        eq(rsvps.meetupId, meetupId),
        inArray(rsvps.status, ['going', 'maybe']),
        isNull(members.deactivatedAt),
        meetupVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
      ),
    );
  return rows.map((row) => row.id);
}

/** Scheduled meetups that start after `now`, with their start. */
export async function scheduledAfter(db: Db, now: Date) {
  const rows = await db
    .select({ id: meetups.id, startsAt: meetups.startsAt })
    .from(meetups)
    .where(
      and(
        eq(meetups.status, 'scheduled'),
        sql`${meetups.startsAt} > ${now.toISOString()}::timestamptz`,
      ),
    );
  return rows.flatMap((row) => (row.startsAt ? [{ id: row.id, startsAt: row.startsAt }] : []));
}
