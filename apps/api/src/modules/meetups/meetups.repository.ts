import type { VoteChoice } from '@praxis/contracts/meetups-poll';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { meetupSeries, meetupSlots, meetups, meetupVotes, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { meetupVisibleTo } from './meetups.visibility.ts';

const answered = (status: 'going' | 'waitlisted') =>
  sql<number>`(select count(*) from rsvps r join members m on m.id = r.member_id where r.meetup_id = "meetups"."id" and r.status = ${status} and m.deactivated_at is null)`.mapWith(
    Number,
  );
const going = answered('going');
const waitlisted = answered('waitlisted');

/**
 * Where a meetup sorts in time: its start, or while its poll is open the earliest candidate
 * date, so that a poll for next spring comes after the meetup scheduled for next month.
 */
const sortKeyOf = sql`coalesce("meetups"."starts_at", (select min(s.starts_at) from meetup_slots s where s.meetup_id = "meetups"."id"), "meetups"."created_at")`;

/** Open polls and meetups that have not ended yet. */
const isUpcoming = or(
  eq(meetups.status, 'proposed'),
  and(eq(meetups.status, 'scheduled'), sql`${meetups.endsAt} > now()`),
);
const isPast = or(
  eq(meetups.status, 'done'),
  eq(meetups.status, 'cancelled'),
  sql`${meetups.endsAt} <= now()`,
);

function summaries(db: Db, viewer: AccountMember) {
  return db
    .select({
      id: meetups.id,
      seriesId: meetups.seriesId,
      seriesName: meetupSeries.name,
      title: meetups.title,
      status: meetups.status,
      startsAt: meetups.startsAt,
      endsAt: meetups.endsAt,
      timezone: meetups.timezone,
      venue: meetups.venue,
      onlineUrl: meetups.onlineUrl,
      capacity: meetups.capacity,
      goingCount: going,
      waitlistCount: waitlisted,
      myRsvp: rsvps.status,
      /** Lists sort by start, open polls by their earliest candidate date. */
      sortKey: sql<Date>`${sortKeyOf}`.mapWith(meetups.startsAt),
    })
    .from(meetups)
    .innerJoin(meetupSeries, eq(meetupSeries.id, meetups.seriesId))
    .leftJoin(rsvps, and(eq(rsvps.meetupId, meetups.id), eq(rsvps.memberId, viewer.id)))
    .$dynamic();
}

export type MeetupSummaryRow = Awaited<ReturnType<typeof findSummary>> & {};

export async function findSummary(db: Db, viewer: AccountMember, id: string) {
  const [row] = await summaries(db, viewer).where(and(eq(meetups.id, id), meetupVisibleTo(viewer)));
  return row;
}

/** Upcoming: open polls and meetups that have not ended, soonest first; past: latest first. */
export async function findPage(
  db: Db,
  viewer: AccountMember,
  when: 'upcoming' | 'past',
  after: { createdAt: Date; id: string } | null,
  limit: number,
  seriesId?: string,
) {
  // The keyset reuses the position type of the other lists: its date is the meetup's sort key.
  const sortKey = sortKeyOf;
  const upcoming = when === 'upcoming';
  const condition = upcoming ? isUpcoming : isPast;
  const keyset = after
    ? upcoming
      ? sql`(${sortKey}, ${meetups.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
      : sql`(${sortKey}, ${meetups.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const rows = await summaries(db, viewer)
    .where(
      and(
        meetupVisibleTo(viewer),
        condition,
        keyset,
        seriesId ? eq(meetups.seriesId, seriesId) : undefined,
      ),
    )
    .orderBy(...(upcoming ? [asc(sortKey), asc(meetups.id)] : [desc(sortKey), desc(meetups.id)]))
    .limit(limit + 1);
  return rows;
}

/** The soonest upcoming meetup or open poll of each series, in one query. */
export async function soonestUpcoming(db: Db, viewer: AccountMember, seriesIds: string[]) {
  const soonest = new Map<string, MeetupSummaryRow>();
  if (seriesIds.length === 0) return soonest;
  const rows = await summaries(db, viewer)
    .where(and(meetupVisibleTo(viewer), isUpcoming, inArray(meetups.seriesId, seriesIds)))
    .orderBy(asc(sortKeyOf), asc(meetups.id));
  for (const row of rows) if (!soonest.has(row.seriesId)) soonest.set(row.seriesId, row);
  return soonest;
}

/** The start of the series' latest meetup that happened or will: the base of its cadence. */
export async function lastMeetupStarts(db: Db, seriesIds: string[]) {
  if (seriesIds.length === 0) return new Map<string, Date>();
  const rows = await db
    .select({
      seriesId: meetups.seriesId,
      startsAt: sql<Date>`max(${meetups.startsAt})`.mapWith(meetups.startsAt),
    })
    .from(meetups)
    .where(
      and(
        inArray(meetups.seriesId, seriesIds),
        isNotNull(meetups.startsAt),
        ne(meetups.status, 'cancelled'),
      ),
    )
    .groupBy(meetups.seriesId);
  return new Map(rows.map((row) => [row.seriesId, row.startsAt]));
}

export async function findMeetup(db: Db, id: string) {
  const [row] = await db.select().from(meetups).where(eq(meetups.id, id));
  return row;
}

/** Takes the meetup's row lock: seats, the poll and the status change one at a time. */
export async function lockMeetup(db: Db, id: string) {
  const [row] = await db.select().from(meetups).where(eq(meetups.id, id)).for('update');
  return row;
}

export async function insertMeetup(db: Db, values: typeof meetups.$inferInsert) {
  const [row] = await db.insert(meetups).values(values).returning({ id: meetups.id });
  if (!row) throw new Error('meetup insert returned no row');
  return row.id;
}

export async function updateMeetup(
  db: Db,
  id: string,
  values: Partial<typeof meetups.$inferInsert>,
) {
  await db
    .update(meetups)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(meetups.id, id));
}

export async function insertSlots(db: Db, rows: (typeof meetupSlots.$inferInsert)[]) {
  await db.insert(meetupSlots).values(rows);
}

export async function slotsOf(db: Db, meetupId: string) {
  return db
    .select()
    .from(meetupSlots)
    .where(eq(meetupSlots.meetupId, meetupId))
    .orderBy(asc(meetupSlots.startsAt), asc(meetupSlots.id));
}

export async function votesOf(db: Db, meetupId: string) {
  return db
    .select({
      slotId: meetupVotes.slotId,
      memberId: meetupVotes.memberId,
      choice: meetupVotes.choice,
    })
    .from(meetupVotes)
    .innerJoin(meetupSlots, eq(meetupSlots.id, meetupVotes.slotId))
    .where(eq(meetupSlots.meetupId, meetupId))
    .orderBy(asc(meetupVotes.updatedAt));
}

export async function upsertVotes(
  db: Db,
  memberId: string,
  votes: { slotId: string; choice: VoteChoice }[],
) {
  await db
    .insert(meetupVotes)
    .values(votes.map((vote) => ({ ...vote, memberId })))
    .onConflictDoUpdate({
      target: [meetupVotes.slotId, meetupVotes.memberId],
      set: { choice: sql`excluded.choice`, updatedAt: sql`now()` },
    });
}

/** Active members invited to a meetup (and so to notify of it), among `memberIds` or all. */
export async function inviteeIds(db: Db, meetupId: string, among?: string[]) {
  if (among && among.length === 0) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(meetups, eq(meetups.id, meetupId))
    .where(
      and(
        isNull(members.deactivatedAt),
        among ? inArray(members.id, among) : undefined,
        meetupVisibleTo({ id: sql.raw('"members"."id"'), role: sql.raw('"members"."role"') }),
      ),
    );
  return rows.map((row) => row.id);
}

/** Sign-in addresses and who may see them, for the organisers' attendee export. */
export async function memberEmails(db: Db, ids: string[]) {
  const rows = ids.length
    ? await db
        .select({ id: members.id, email: members.email, visibility: members.emailVisibility })
        .from(members)
        .where(inArray(members.id, ids))
    : [];
  return new Map(rows.map(({ id, ...contact }) => [id, contact]));
}

/** Of these meetups, those the viewer may see: one query, for re-checking open pages. */
export async function visibleAmong(db: Db, viewer: AccountMember, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: meetups.id })
    .from(meetups)
    .where(and(inArray(meetups.id, ids), meetupVisibleTo(viewer)));
  return new Set(rows.map((row) => row.id));
}
