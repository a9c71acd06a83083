import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../client.ts';
import { cohortMemberships, cohorts, programmes } from '../schema/cohorts.ts';
import { meetupSeries, meetupSeriesCohorts, meetups, rsvps } from '../schema/meetups.ts';
import { members } from '../schema/members.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

const hashes = new Map<string, Promise<string>>();

// Tests create many members with the same few passwords; hashing each once keeps them fast.
function hashOnce(password: string): Promise<string> {
  let pending = hashes.get(password);
  if (!pending) {
    pending = hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    hashes.set(password, pending);
  }
  return pending;
}

export interface MemberOverrides {
  email?: string;
  name?: string;
  handle?: string;
  role?: 'member' | 'organiser' | 'admin';
  password?: string;
  deactivated?: boolean;
  /** Profile columns (headline, expertise, country, …) to set on the new member. */
  profile?: Partial<
    Omit<typeof members.$inferInsert, 'id' | 'email' | 'name' | 'role' | 'passwordHash'>
  >;
}

export async function createMember(db: Db, overrides: MemberOverrides = {}) {
  const id = randomUUID();
  const [member] = await db
    .insert(members)
    .values({
      id,
      email: overrides.email ?? `member-${id.slice(0, 8)}@example.org`,
      name: overrides.name ?? `Member ${id.slice(0, 8)}`,
      handle: overrides.handle ?? `member-${id.slice(0, 8)}`,
      role: overrides.role ?? 'member',
      passwordHash: await hashOnce(overrides.password ?? TEST_PASSWORD),
      deactivatedAt: overrides.deactivated ? new Date() : null,
      ...overrides.profile,
    })
    .returning();
  if (!member) throw new Error('member insert returned no row');
  return { ...member, password: overrides.password ?? TEST_PASSWORD };
}

export async function createProgramme(db: Db, name = `Programme ${randomUUID().slice(0, 8)}`) {
  const [programme] = await db.insert(programmes).values({ name }).returning();
  if (!programme) throw new Error('programme insert returned no row');
  return programme;
}

/** A cohort (in a new programme unless one is given), with the given members in it. */
export async function createCohort(
  db: Db,
  options: { programmeId?: string; name?: string; year?: number; memberIds?: string[] } = {},
) {
  const programmeId = options.programmeId ?? (await createProgramme(db)).id;
  const [cohort] = await db
    .insert(cohorts)
    .values({
      programmeId,
      name: options.name ?? `Cohort ${randomUUID().slice(0, 8)}`,
      year: options.year ?? 2024,
    })
    .returning();
  if (!cohort) throw new Error('cohort insert returned no row');
  if (options.memberIds?.length) {
    await db
      .insert(cohortMemberships)
      .values(options.memberIds.map((memberId) => ({ cohortId: cohort.id, memberId })));
  }
  return cohort;
}

/** A meetup series; with `cohortIds` only those cohorts (and organisers) see its meetups. */
export async function createMeetupSeries(
  db: Db,
  options: { name?: string; cohortIds?: string[] } = {},
) {
  const [series] = await db
    .insert(meetupSeries)
    .values({ name: options.name ?? `Series ${randomUUID().slice(0, 8)}` })
    .returning();
  if (!series) throw new Error('series insert returned no row');
  if (options.cohortIds?.length) {
    await db
      .insert(meetupSeriesCohorts)
      .values(options.cohortIds.map((cohortId) => ({ seriesId: series.id, cohortId })));
  }
  return series;
}

/**
 * A meetup, scheduled by default: 30 days from now, for three hours, in Europe/Paris, in a new
 * network-wide series unless `seriesId` is given. `startsAt: null` leaves it without a date.
 */
export async function createMeetup(
  db: Db,
  overrides: Partial<Omit<typeof meetups.$inferInsert, 'id'>> = {},
) {
  const startsAt =
    overrides.startsAt === undefined
      ? new Date(Date.now() + 30 * 24 * 60 * 60 * 1000)
      : overrides.startsAt;
  const seriesId = overrides.seriesId ?? (await createMeetupSeries(db)).id;
  const [meetup] = await db
    .insert(meetups)
    .values({
      title: `Meetup ${randomUUID().slice(0, 8)}`,
      status: 'scheduled',
      timezone: 'Europe/Paris',
      ...overrides,
      seriesId,
      startsAt,
      endsAt:
        overrides.endsAt === undefined && startsAt
          ? new Date(startsAt.getTime() + 3 * 60 * 60 * 1000)
          : overrides.endsAt,
    })
    .returning();
  if (!meetup) throw new Error('meetup insert returned no row');
  return meetup;
}

/** Records (or changes) a member's answer to a meetup, bypassing capacity and status rules. */
export async function rsvp(
  db: Db,
  meetupId: string,
  memberId: string,
  status: (typeof rsvps.$inferInsert)['status'] = 'going',
) {
  await db
    .insert(rsvps)
    .values({ meetupId, memberId, status })
    .onConflictDoUpdate({ target: [rsvps.meetupId, rsvps.memberId], set: { status } });
}
