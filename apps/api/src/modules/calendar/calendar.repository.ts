import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { calendarFeeds } from '@praxis/db/schema/calendar';
// biome-ignore lint/style/noRestrictedImports: not yet moved: the feed's meetups and RSVPs should come from a meetups service function.
import { meetups, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { meetupVisibleTo } from '../meetups/meetups.visibility.ts';

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

export type MeetupEventRow = NonNullable<Awaited<ReturnType<typeof findVisibleMeetup>>>;

export async function findVisibleMeetup(db: Db, viewer: AccountMember, id: string) {
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
export async function feedMeetups(db: Db, owner: AccountMember, since: Date) {
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

export async function findFeed(db: Db, memberId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.memberId, memberId));
  return row;
}

/** One feed per member: a new token replaces the old one, whose URL stops working. */
export async function replaceFeed(db: Db, memberId: string, tokenHash: string) {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ memberId, tokenHash })
    .onConflictDoUpdate({
      target: calendarFeeds.memberId,
      set: { tokenHash, createdAt: sql`now()` },
    })
    .returning({ createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error('calendar feed upsert returned no row');
  return row;
}

export async function deleteFeed(db: Db, memberId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.memberId, memberId));
}

/** Whose feed a token opens; nobody's once they are deactivated. */
export async function findFeedOwner(db: Db, tokenHash: string): Promise<AccountMember | undefined> {
  const [row] = await db
    .select({ id: members.id, email: members.email, name: members.name, role: members.role })
    .from(calendarFeeds)
    .innerJoin(members, eq(members.id, calendarFeeds.memberId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(members.deactivatedAt)));
  return row;
}
