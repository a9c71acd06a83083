import type { AgendaKind } from '@praxis/contracts/meetups';
import type { Db } from '@praxis/db/client';
import { agendaItems, rsvps } from '@praxis/db/schema/meetups';
import { members } from '@praxis/db/schema/members';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { networkThreadOf } from '../threads/threads.visibility.ts';

// RSVPs and the agenda: who comes, and what they bring.

export type RsvpStatus = (typeof rsvps.$inferSelect)['status'];

export async function rsvpsOf(db: Db, meetupId: string) {
  return db
    .select({ memberId: rsvps.memberId, status: rsvps.status, queuedAt: rsvps.queuedAt })
    .from(rsvps)
    .innerJoin(members, eq(members.id, rsvps.memberId))
    .where(and(eq(rsvps.meetupId, meetupId), isNull(members.deactivatedAt)))
    .orderBy(asc(rsvps.queuedAt), asc(rsvps.memberId));
}

export async function findRsvp(db: Db, meetupId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.meetupId, meetupId), eq(rsvps.memberId, memberId)));
  return row;
}

/** Seats taken: a deactivated member's answer no longer holds one. */
export async function countGoing(db: Db, meetupId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(rsvps)
    .innerJoin(members, eq(members.id, rsvps.memberId))
    .where(
      and(eq(rsvps.meetupId, meetupId), eq(rsvps.status, 'going'), isNull(members.deactivatedAt)),
    );
  return row?.total ?? 0;
}

/**
 * Records an answer. `queued` keeps the time a member first asked for a seat, so that changing
 * one's mind between going and maybe does not move anyone up or down the waitlist unfairly.
 */
export async function setRsvp(
  db: Db,
  meetupId: string,
  memberId: string,
  status: RsvpStatus,
  requeue: boolean,
) {
  await db
    .insert(rsvps)
    .values({ meetupId, memberId, status })
    .onConflictDoUpdate({
      target: [rsvps.meetupId, rsvps.memberId],
      set: {
        status,
        updatedAt: sql`now()`,
        ...(requeue ? { queuedAt: sql`now()` } : {}),
      },
    });
}

/** The first on the waitlist, if any: the next to get a freed seat. */
export async function firstWaitlisted(db: Db, meetupId: string) {
  const [row] = await db
    .select({ memberId: rsvps.memberId })
    .from(rsvps)
    .innerJoin(members, eq(members.id, rsvps.memberId))
    .where(
      and(
        eq(rsvps.meetupId, meetupId),
        eq(rsvps.status, 'waitlisted'),
        isNull(members.deactivatedAt),
      ),
    )
    .orderBy(asc(rsvps.queuedAt), asc(rsvps.memberId))
    .limit(1);
  return row?.memberId;
}

/**
 * An agenda item's linked thread. The agenda is shown to every invitee, and a profile lists
 * contributions to whoever may see the meetup: the thread is named only if everyone sees it.
 */
export function linkedThreadColumns() {
  const thread = networkThreadOf(sql`${agendaItems.threadId}`);
  return { threadId: agendaItems.threadId, threadTitle: thread.title, threadKind: thread.kind };
}

export async function agendaOf(db: Db, meetupId: string) {
  return db
    .select({
      id: agendaItems.id,
      title: agendaItems.title,
      kind: agendaItems.kind,
      minutes: agendaItems.minutes,
      status: agendaItems.status,
      position: agendaItems.position,
      startsAt: agendaItems.startsAt,
      speakerId: agendaItems.speakerId,
      ...linkedThreadColumns(),
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetupId, meetupId))
    .orderBy(sql`${agendaItems.position} asc nulls last`, asc(agendaItems.createdAt));
}

export async function insertAgendaItem(
  db: Db,
  values: {
    meetupId: string;
    speakerId: string;
    title: string;
    kind: AgendaKind;
    minutes: number;
    threadId: string | null;
  },
) {
  const [row] = await db.insert(agendaItems).values(values).returning({ id: agendaItems.id });
  return row?.id;
}

export async function findAgendaItem(db: Db, meetupId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetupId, meetupId), eq(agendaItems.id, itemId)));
  return row;
}

export async function updateAgendaItem(
  db: Db,
  itemId: string,
  values: Partial<typeof agendaItems.$inferInsert>,
) {
  await db.update(agendaItems).set(values).where(eq(agendaItems.id, itemId));
}

/** Next free position at the end of the published agenda. */
export async function nextPosition(db: Db, meetupId: string): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${agendaItems.position}), 0)`.mapWith(Number) })
    .from(agendaItems)
    .where(eq(agendaItems.meetupId, meetupId));
  return (row?.last ?? 0) + 1;
}
