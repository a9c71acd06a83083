import type { Db } from '@praxis/db/client';
import { meetupPollComments, meetupSlots, meetups, meetupVotes } from '@praxis/db/schema/meetups';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { inviteeIds } from './meetups.repository.ts';

export async function commentsOf(db: Db, meetupId: string) {
  const rows = await db
    .select({ memberId: meetupPollComments.memberId, body: meetupPollComments.body })
    .from(meetupPollComments)
    .where(eq(meetupPollComments.meetupId, meetupId));
  return new Map(rows.map((row) => [row.memberId, row.body]));
}

/** Stores a voter's comment on the poll; an empty one removes it. */
export async function saveComment(db: Db, meetupId: string, memberId: string, body: string) {
  if (body === '') {
    await db
      .delete(meetupPollComments)
      .where(
        and(eq(meetupPollComments.meetupId, meetupId), eq(meetupPollComments.memberId, memberId)),
      );
    return;
  }
  await db
    .insert(meetupPollComments)
    .values({ meetupId, memberId, body })
    .onConflictDoUpdate({
      target: [meetupPollComments.meetupId, meetupPollComments.memberId],
      set: { body, updatedAt: sql`now()` },
    });
}

/** Active invitees of the meetup, as its visibility rule has them, who voted on none of its dates. */
export async function nonVoterIds(db: Db, meetupId: string) {
  const voted = await db
    .selectDistinct({ memberId: meetupVotes.memberId })
    .from(meetupVotes)
    .innerJoin(meetupSlots, eq(meetupSlots.id, meetupVotes.slotId))
    .where(eq(meetupSlots.meetupId, meetupId));
  const voters = new Set(voted.map((row) => row.memberId));
  return (await inviteeIds(db, meetupId)).filter((id) => !voters.has(id));
}

/**
 * Marks the poll reminded at `now` if it is open and was not reminded since `since`: a
 * conditional update, so that two reminders at the same moment send one. False: not now.
 */
export async function claimPollReminder(db: Db, meetupId: string, now: Date, since: Date) {
  const rows = await db
    .update(meetups)
    .set({ pollRemindedAt: now })
    .where(
      and(
        eq(meetups.id, meetupId),
        eq(meetups.status, 'proposed'),
        or(isNull(meetups.pollRemindedAt), lte(meetups.pollRemindedAt, since)),
      ),
    )
    .returning({ id: meetups.id });
  return rows.length > 0;
}

/** Open polls whose deadline is still ahead, for planning their reminders at start-up. */
export async function pollsClosingAfter(db: Db, now: Date) {
  const rows = await db
    .select({ id: meetups.id, pollClosesAt: meetups.pollClosesAt })
    .from(meetups)
    .where(and(eq(meetups.status, 'proposed'), gt(meetups.pollClosesAt, now)));
  return rows.flatMap((row) =>
    row.pollClosesAt ? [{ id: row.id, pollClosesAt: row.pollClosesAt }] : [],
  );
}
