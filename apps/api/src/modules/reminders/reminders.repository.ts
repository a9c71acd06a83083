import type { Db } from '@praxis/db/client';
// biome-ignore lint/style/noRestrictedImports: not yet moved: due meetups and their attendees should come from a meetups service function.
import { meetups, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { meetupVisibleTo } from '../meetups/meetups.visibility.ts';

/**
 * The meetup as a reminder needs it, share-locked until the reminder's transaction ends, so
 * that a concurrent move or cancellation lands either wholly before the reminder or after it.
 */
export async function lockMeetupForReminder(db: Db, meetupId: string) {
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
export async function scheduledMeetupsAfter(db: Db, now: Date) {
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
