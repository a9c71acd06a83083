import type { Db } from '@praxis/db/client';
import { meetupCheckIns, meetups } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, count, eq, ilike, inArray, isNull, notExists, or, sql } from 'drizzle-orm';
import { meetupVisibleTo } from './meetups.visibility.ts';

// Who was at a meetup, and the secret of the venue's check-in link.

export type CheckInMeetup = Awaited<ReturnType<typeof findByToken>> & {};

const meetupColumns = {
  id: meetups.id,
  seriesId: meetups.seriesId,
  title: meetups.title,
  status: meetups.status,
  startsAt: meetups.startsAt,
  endsAt: meetups.endsAt,
  timezone: meetups.timezone,
  venue: meetups.venue,
};

export async function findByToken(db: Db, token: string) {
  const [row] = await db.select(meetupColumns).from(meetups).where(eq(meetups.checkInToken, token));
  return row;
}

export async function tokenOf(db: Db, meetupId: string) {
  const [row] = await db
    .select({ token: meetups.checkInToken })
    .from(meetups)
    .where(eq(meetups.id, meetupId));
  return row?.token ?? null;
}

/**
 * Sets the link's secret. `onlyIfNone` gives the first one: of two organisers opening the page
 * at once, one sets it and both read it back.
 */
export async function setToken(db: Db, meetupId: string, token: string, onlyIfNone: boolean) {
  await db
    .update(meetups)
    .set({ checkInToken: token })
    .where(and(eq(meetups.id, meetupId), onlyIfNone ? isNull(meetups.checkInToken) : undefined));
}

/** Check-ins of active members, with their RSVP if they gave one. */
export async function checkInsOf(db: Db, meetupId: string) {
  return db
    .select({
      memberId: meetupCheckIns.memberId,
      checkedInAt: meetupCheckIns.checkedInAt,
      markedById: meetupCheckIns.markedById,
    })
    .from(meetupCheckIns)
    .innerJoin(members, eq(members.id, meetupCheckIns.memberId))
    .where(and(eq(meetupCheckIns.meetupId, meetupId), isNull(members.deactivatedAt)));
}

export async function findCheckIn(db: Db, meetupId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(meetupCheckIns)
    .where(and(eq(meetupCheckIns.meetupId, meetupId), eq(meetupCheckIns.memberId, memberId)));
  return row;
}

/** Records a check-in unless there is one: the row of the one that counts comes back. */
export async function insertCheckIn(
  db: Db,
  values: { meetupId: string; memberId: string; markedById: string | null },
) {
  const [inserted] = await db
    .insert(meetupCheckIns)
    .values(values)
    .onConflictDoNothing()
    .returning();
  if (inserted) return { row: inserted, already: false };
  const row = await findCheckIn(db, values.meetupId, values.memberId);
  if (!row) throw new Error('check-in neither inserted nor found');
  return { row, already: true };
}

export async function deleteCheckIn(db: Db, meetupId: string, memberId: string) {
  const rows = await db
    .delete(meetupCheckIns)
    .where(and(eq(meetupCheckIns.meetupId, meetupId), eq(meetupCheckIns.memberId, memberId)))
    .returning({ memberId: meetupCheckIns.memberId });
  return rows.length > 0;
}

/**
 * Active invitees of the meetup whose name or handle holds `query`, not checked in yet: the
 * people an organiser may mark who never answered. A handful, for a picker.
 */
export async function uncheckedInviteesMatching(
  db: Db,
  meetupId: string,
  query: string,
  limit: number,
) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(meetups, eq(meetups.id, meetupId))
    .where(
      and(
        isNull(members.deactivatedAt),
        or(ilike(members.name, pattern), ilike(members.handle, pattern)),
        meetupVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
        notExists(
          db
            .select({ one: sql`1` })
            .from(meetupCheckIns)
            .where(
              and(eq(meetupCheckIns.meetupId, meetupId), eq(meetupCheckIns.memberId, members.id)),
            ),
        ),
      ),
    )
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Check-ins per meetup, of active members. */
export async function countsByMeetup(db: Db, meetupIds: string[]) {
  if (meetupIds.length === 0) return [];
  return db
    .select({ key: meetupCheckIns.meetupId, total: count() })
    .from(meetupCheckIns)
    .innerJoin(members, eq(members.id, meetupCheckIns.memberId))
    .where(and(inArray(meetupCheckIns.meetupId, meetupIds), isNull(members.deactivatedAt)))
    .groupBy(meetupCheckIns.meetupId);
}

/** Meetups each member checked in at, cancelled ones left out. */
export async function countsByMember(db: Db, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select({ key: meetupCheckIns.memberId, total: count() })
    .from(meetupCheckIns)
    .innerJoin(meetups, eq(meetups.id, meetupCheckIns.meetupId))
    .where(and(inArray(meetupCheckIns.memberId, memberIds), sql`${meetups.status} <> 'cancelled'`))
    .groupBy(meetupCheckIns.memberId);
}
