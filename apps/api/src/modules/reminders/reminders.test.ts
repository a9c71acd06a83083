import type { RsvpStatus } from '@praxis/contracts/meetups';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { createDb } from '@praxis/db/client';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { jobs } from '@praxis/db/schema/jobs';
import { meetups } from '@praxis/db/schema/meetups';
import { notifications } from '@praxis/db/schema/notifications';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  rsvp,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import {
  PLAN_NOTICE_MAIL,
  PLAN_PUSH,
  type StoredNotification,
} from '../notifications/notifications.service.ts';
import {
  cancelMeetupReminders,
  planMeetupReminders,
  planMissingReminders,
} from './reminders.service.ts';

let t: TestApp;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
// Each test runs jobs at times of its choosing; what earlier tests left planned must not count.
beforeEach(async () => {
  await t.database.db.update(jobs).set({ doneAt: new Date() }).where(isNull(jobs.doneAt));
});

/** A whole minute `days` from now, as the meetups module stores start times. */
const inDays = (days: number) => new Date(Math.floor(Date.now() / MINUTE) * MINUTE + days * DAY);

/**
 * Runs the reminders due at `now`; the e-mail and push that their notifications queue are
 * another test's business, so it is set aside first and the count is of reminders alone.
 */
async function run(now: Date, limit?: number) {
  await t.database.db
    .update(jobs)
    .set({ doneAt: new Date() })
    .where(and(inArray(jobs.kind, [PLAN_NOTICE_MAIL, PLAN_PUSH]), isNull(jobs.doneAt)));
  return t.app.jobs.runDue({ now, limit });
}

/** Collects the live notification events this instance hears until `stop` is called. */
function listen() {
  const heard: StoredNotification[] = [];
  const stop = t.app.realtime.on('notification.created', (event) => {
    heard.push(event);
  });
  return { heard, stop };
}

async function reminders(meetupIds: string[]) {
  return t.database.db
    .select({
      memberId: notifications.memberId,
      meetupId: notifications.meetupId,
      detail: notifications.detail,
    })
    .from(notifications)
    .where(
      and(eq(notifications.kind, 'meetup_reminder'), inArray(notifications.meetupId, meetupIds)),
    )
    .then((rows) => rows.map(({ detail, ...row }) => ({ ...row, when: detail.when })));
}

const jobsOf = (meetupId: string) =>
  t.database.db
    .select()
    .from(jobs)
    .where(like(jobs.key, `meetup_reminder:${meetupId}:%`))
    .orderBy(jobs.runAt);

/** A meetup starting `startsAt`, with its reminders planned, and who answered what. */
async function plannedMeetup(startsAt: Date, answers: Record<string, RsvpStatus> = {}) {
  const meetup = await createMeetup(t.database.db, { startsAt });
  for (const [memberId, status] of Object.entries(answers)) {
    await rsvp(t.database.db, meetup.id, memberId, status);
  }
  await planMeetupReminders(t.database.db, { id: meetup.id, startsAt }, inDays(0));
  return meetup;
}

describe('planMeetupReminders', () => {
  it('plans reminders 7 days and 1 day before, keyed by the start, once however often called', async () => {
    const startsAt = inDays(30);
    const meetup = await plannedMeetup(startsAt);
    await planMeetupReminders(t.database.db, { id: meetup.id, startsAt });
    const planned = await jobsOf(meetup.id);
    expect(planned.map((job) => [job.key, job.runAt, job.doneAt])).toEqual([
      [
        `meetup_reminder:${meetup.id}:7d:${startsAt.toISOString()}`,
        new Date(+startsAt - 7 * DAY),
        null,
      ],
      [
        `meetup_reminder:${meetup.id}:1d:${startsAt.toISOString()}`,
        new Date(+startsAt - DAY),
        null,
      ],
    ]);
  });

  it('skips a reminder whose time has already passed', async () => {
    const meetup = await plannedMeetup(inDays(3));
    expect((await jobsOf(meetup.id)).map((job) => job.payload.when)).toEqual(['1d']);
  });
});

describe('planMissingReminders', () => {
  it('plans the reminders of scheduled meetups that arrived without them, once', async () => {
    const imported = await createMeetup(t.database.db, { startsAt: inDays(20) });
    const past = await createMeetup(t.database.db, { startsAt: inDays(-20) });
    await planMissingReminders(t.database.db);
    await planMissingReminders(t.database.db);
    expect((await jobsOf(imported.id)).map((job) => job.payload.when)).toEqual(['7d', '1d']);
    expect(await jobsOf(past.id)).toEqual([]);
  });
});

describe('meetup reminder jobs', () => {
  it('reminds those going or maybe once, when due and not before, and no one else', async () => {
    const db = t.database.db;
    const going = await createMember(db);
    const maybe = await createMember(db);
    const declined = await createMember(db);
    const waiting = await createMember(db);
    const gone = await createMember(db, { deactivated: true });
    const startsAt = inDays(30);
    const meetup = await plannedMeetup(startsAt, {
      [going.id]: 'going',
      [maybe.id]: 'maybe',
      [declined.id]: 'not_going',
      [waiting.id]: 'waitlisted',
      [gone.id]: 'going',
    });
    const { heard: published, stop: unsubscribe } = listen();

    expect(await run(new Date(+startsAt - 7 * DAY - MINUTE))).toBe(0);
    expect(await reminders([meetup.id])).toEqual([]);

    expect(await run(new Date(+startsAt - 7 * DAY))).toBe(1);
    expect(await run(new Date(+startsAt - 7 * DAY))).toBe(0);
    const weekBefore = await reminders([meetup.id]);
    expect(weekBefore.map((row) => [row.memberId, row.when]).sort()).toEqual(
      [
        [going.id, '7d'],
        [maybe.id, '7d'],
      ].sort(),
    );
    await expect
      .poll(() => published.map((stored) => stored.kind))
      .toEqual(['meetup_reminder', 'meetup_reminder']);

    expect(await run(new Date(+startsAt - DAY + MINUTE))).toBe(1);
    unsubscribe();
    expect(await reminders([meetup.id])).toHaveLength(4);
    expect((await jobsOf(meetup.id)).every((job) => job.doneAt !== null)).toBe(true);

    const cookie = await t.signIn(going.email, TEST_PASSWORD);
    const page = await t.request({ method: 'GET', url: '/api/notifications', cookie });
    expect((page.json() as NotificationPage).notifications[0]).toMatchObject({
      kind: 'meetup_reminder',
      meetup: { id: meetup.id, title: meetup.title },
      thread: null,
      detail: { when: '1d' },
      read: false,
    });
  });

  it('sends nothing for the old time of a moved meetup, and reminds at the new one', async () => {
    const member = await createMember(t.database.db);
    const first = inDays(30);
    const meetup = await plannedMeetup(first, { [member.id]: 'going' });
    const moved = inDays(40);
    await t.database.db.update(meetups).set({ startsAt: moved }).where(eq(meetups.id, meetup.id));
    await planMeetupReminders(t.database.db, { id: meetup.id, startsAt: moved });

    expect(await run(new Date(+first - DAY))).toBe(2);
    expect(await reminders([meetup.id])).toEqual([]);
    expect(await run(new Date(+moved - 7 * DAY))).toBe(1);
    expect(await reminders([meetup.id])).toEqual([
      { memberId: member.id, meetupId: meetup.id, when: '7d' },
    ]);
  });

  it('sends nothing for a cancelled meetup, whether or not its reminders were retired', async () => {
    const member = await createMember(t.database.db);
    const retired = await plannedMeetup(inDays(30), { [member.id]: 'going' });
    await cancelMeetupReminders(t.database.db, retired.id);
    expect((await jobsOf(retired.id)).every((job) => job.doneAt !== null)).toBe(true);

    const startsAt = inDays(31);
    const cancelled = await plannedMeetup(startsAt, { [member.id]: 'going' });
    await t.database.db
      .update(meetups)
      .set({ status: 'cancelled' })
      .where(eq(meetups.id, cancelled.id));
    expect(await run(new Date(+startsAt - MINUTE))).toBe(2);
    expect(await reminders([retired.id, cancelled.id])).toEqual([]);
  });

  it('retries a failing job later, then gives it up, without holding up the rest of its batch', async () => {
    const member = await createMember(t.database.db);
    const startsAt = inDays(50);
    const meetup = await plannedMeetup(startsAt, { [member.id]: 'going' });
    const now = new Date(+startsAt - 7 * DAY);
    await t.database.db.insert(jobs).values([
      { kind: 'mystery', key: `mystery:${meetup.id}`, runAt: new Date(+now - MINUTE) },
      {
        kind: 'meetup_reminder',
        key: `broken:${meetup.id}`,
        payload: { meetupId: 'not-a-uuid', when: '7d', startsAt: 'never' },
        runAt: new Date(+now - MINUTE),
      },
    ]);
    const failing = () =>
      t.database.db
        .select()
        .from(jobs)
        .where(inArray(jobs.key, [`mystery:${meetup.id}`, `broken:${meetup.id}`]))
        .orderBy(jobs.kind);

    expect(await run(now)).toBe(3);
    expect(await reminders([meetup.id])).toHaveLength(1);
    const [broken, mystery] = await failing();
    expect(mystery).toMatchObject({ attempts: 1, doneAt: null, runAt: new Date(+now + MINUTE) });
    expect(mystery?.lastError).toMatch(/no handler for jobs of kind mystery/);
    expect(broken).toMatchObject({ attempts: 1, doneAt: null });
    expect(broken?.lastError).toMatch(/uuid/);

    expect(await run(now)).toBe(0);
    await t.database.db
      .update(jobs)
      .set({ attempts: 4 })
      .where(eq(jobs.key, `mystery:${meetup.id}`));
    expect(await run(new Date(+now + 2 * MINUTE))).toBe(2);
    const [brokenAgain, givenUp] = await failing();
    expect(brokenAgain).toMatchObject({ attempts: 2, doneAt: null });
    expect(givenUp?.attempts).toBe(5);
    expect(givenUp?.doneAt).not.toBeNull();
  });

  it('leaves a reminder out of the list of a member who can no longer see the meetup', async () => {
    const member = await createMember(t.database.db);
    const cohort = await createCohort(t.database.db, { memberIds: [member.id] });
    const series = await createMeetupSeries(t.database.db, { cohortIds: [cohort.id] });
    const startsAt = inDays(60);
    const meetup = await createMeetup(t.database.db, { seriesId: series.id, startsAt });
    await rsvp(t.database.db, meetup.id, member.id, 'going');
    await planMeetupReminders(t.database.db, { id: meetup.id, startsAt });
    expect(await run(new Date(+startsAt - 7 * DAY))).toBe(1);

    const cookie = await t.signIn(member.email, TEST_PASSWORD);
    const list = async () =>
      (
        await t.request({ method: 'GET', url: '/api/notifications', cookie })
      ).json() as NotificationPage;
    expect((await list()).notifications.map((n) => n.meetup?.id)).toEqual([meetup.id]);
    expect((await list()).unreadCount).toBe(1);

    await t.database.db.delete(cohortMemberships).where(eq(cohortMemberships.memberId, member.id));
    expect(await list()).toMatchObject({ notifications: [], unreadCount: 0 });
    // Nor is a member who cannot see it reminded of it.
    expect(await run(new Date(+startsAt - DAY))).toBe(1);
    expect(await reminders([meetup.id])).toHaveLength(1);
  });
});

describe('exactly once across API instances', () => {
  it('runs each of 50 reminders once while concurrent runs, from two pools on PostgreSQL, race for them', async () => {
    const db = t.database.db;
    // On PostgreSQL a second pool stands for a second API instance; PGlite has one connection,
    // where the concurrent runs take turns and must still not double anything.
    const second = t.database.url ? createDb({ databaseUrl: t.database.url, poolSize: 10 }) : null;
    try {
      const pools = second ? [db, second.db] : [db];
      const attendees: { id: string; status: 'going' | 'maybe' }[] = [];
      for (const status of ['going', 'maybe', 'going'] as const) {
        attendees.push({ id: (await createMember(db)).id, status });
      }
      const series = await createMeetupSeries(db);
      const start = inDays(90);
      const ids: string[] = [];
      for (let index = 0; index < 25; index += 1) {
        const startsAt = new Date(+start + index * MINUTE);
        const meetup = await createMeetup(db, { seriesId: series.id, startsAt });
        for (const attendee of attendees) await rsvp(db, meetup.id, attendee.id, attendee.status);
        await planMeetupReminders(db, { id: meetup.id, startsAt });
        ids.push(meetup.id);
      }
      const { heard: published, stop: unsubscribe } = listen();
      const now = new Date(+start - DAY / 2);

      const claimed = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          t.app.jobs.runDue({ db: pools[index % pools.length] ?? db, now, limit: 5 }),
        ),
      );
      let afterwards = 0;
      for (let more = await run(now, 5); more > 0; more = await run(now, 5)) afterwards += more;

      // The racing runs also take the mail plans the reminders queue, so their claims are at
      // least the 50 reminders; that none ran twice is shown by the notifications below.
      expect(claimed.reduce((sum, count) => sum + count, 0) + afterwards).toBeGreaterThanOrEqual(
        50,
      );
      if (second) {
        const byPool = [0, 1].map((pool) =>
          claimed.filter((_, index) => index % 2 === pool).reduce((sum, count) => sum + count, 0),
        );
        expect(
          byPool.every((count) => count > 0),
          `claimed per pool: ${byPool}`,
        ).toBe(true);
      }
      const sent = await reminders(ids);
      expect(sent).toHaveLength(25 * 2 * 3);
      expect(new Set(sent.map((row) => `${row.memberId} ${row.meetupId} ${row.when}`)).size).toBe(
        25 * 2 * 3,
      );
      await expect.poll(() => published.length, { timeout: 5000 }).toBe(25 * 2 * 3);
      await t.app.realtime.settled();
      unsubscribe();
      expect(published).toHaveLength(25 * 2 * 3);
      expect(new Set(published.map((stored) => stored.id)).size).toBe(25 * 2 * 3);
      const reminderJobs = (await Promise.all(ids.map(jobsOf))).flat();
      expect(reminderJobs).toHaveLength(50);
      expect(reminderJobs.every((job) => job.doneAt !== null)).toBe(true);
    } finally {
      await second?.close();
    }
  });
});
