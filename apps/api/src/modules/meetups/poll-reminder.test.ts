import type { MeetupDetail } from '@praxis/contracts/meetups';
import { jobs } from '@praxis/db/schema/jobs';
import { meetups as meetupsTable } from '@praxis/db/schema/meetups';
import { and, eq, isNull, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { PLAN_NOTICE_MAIL } from '../notifications/notifications.service.ts';
import { POLL_REMINDER } from './meetups.jobs.ts';

const meetups = meetupsTestApp();
const { newSeries, propose, kindsFor, person } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
let outsider: Person;
beforeAll(() => {
  ({ t, organiser, amra, bruno, outsider } = meetups.people);
});

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const remind = (who: Person, id: string) =>
  t.request({ method: 'POST', url: `/api/meetups/${id}/poll-reminder`, cookie: who.cookie });

async function amraVotes(meetup: MeetupDetail) {
  const response = await t.request({
    method: 'PUT',
    url: `/api/meetups/${meetup.id}/votes`,
    cookie: amra.cookie,
    payload: { votes: [{ slotId: meetup.slots[0]?.id, choice: 'yes' }] },
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe("an organiser's reminder to those who have not voted", () => {
  it('tells only the invitees who have not voted, and lists them for organisers alone', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    await amraVotes(meetup);
    const before = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: organiser.cookie })
    ).json() as MeetupDetail;
    // Network organisers are invited to every meetup: the one who reminds is listed too.
    expect(before.poll.notVoted.map((m) => m.handle)).toEqual(['bruno', 'orla']);
    expect(before.poll.notVotedCount).toBe(2);
    expect(before.can.remind).toBe(true);

    const response = await remind(organiser, meetup.id);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json() as MeetupDetail;
    expect(after.can.remind).toBe(false);
    expect(after.poll.remindedAt).not.toBeNull();

    expect(await kindsFor(bruno, meetup.id)).toEqual([
      'meetup_poll_reminder',
      'meetup_poll_opened',
    ]);
    expect(await kindsFor(amra, meetup.id)).toEqual(['meetup_poll_opened']);
    expect(await kindsFor(outsider, meetup.id)).toEqual([]);
    expect(await kindsFor(organiser, meetup.id)).toEqual([]);

    const asMember = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: bruno.cookie })
    ).json() as MeetupDetail;
    expect(asMember.poll.notVoted).toEqual([]);
    expect(asMember.can.remind).toBe(false);
  });

  it('is refused a second time within a day, to members, and once voting has closed', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    expect((await remind(organiser, meetup.id)).statusCode).toBe(200);
    const again = await remind(organiser, meetup.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Those who have not voted were already reminded in the last 24 hours. Try again tomorrow.',
    );
    expect(await kindsFor(bruno, meetup.id)).toEqual([
      'meetup_poll_reminder',
      'meetup_poll_opened',
    ]);

    const other = await propose(series.id);
    expect((await remind(amra, other.id)).statusCode).toBe(403);
    expect((await remind(outsider, other.id)).statusCode).toBe(404);
    await t.database.db
      .update(meetupsTable)
      .set({ pollClosesAt: new Date(Date.now() - 1000) })
      .where(eq(meetupsTable.id, other.id));
    const closed = await remind(organiser, other.id);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toBe('Voting has closed: there is no one left to remind.');
  });
});

describe('the automatic reminder a day before the deadline', () => {
  /** Runs what is due at `now`, with the e-mail the notifications queue set aside. */
  async function runAt(now: Date) {
    await t.database.db
      .update(jobs)
      .set({ doneAt: new Date() })
      .where(and(eq(jobs.kind, PLAN_NOTICE_MAIL), isNull(jobs.doneAt)));
    return t.app.jobs.runDue({ now });
  }

  it('tells the invitees who have not voted by then, once, and follows a moved deadline', async () => {
    const cohortless = await newSeries({ cohortIds: [] });
    const late = await person({ handle: 'lena', name: 'Lena Late' });
    const closesAt = new Date(Date.now() + 3 * DAY);
    const meetup = await propose(cohortless.id, { pollClosesAt: closesAt.toISOString() });
    const planned = await t.database.db
      .select()
      .from(jobs)
      .where(like(jobs.key, `${POLL_REMINDER}:${meetup.id}:%`));
    expect(planned.map((job) => job.runAt.getTime())).toEqual([closesAt.getTime() - DAY]);

    const moved = new Date(closesAt.getTime() + DAY);
    await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: { pollClosesAt: moved.toISOString() },
    });
    await amraVotes(meetup);

    await runAt(new Date(closesAt.getTime() - DAY + HOUR));
    expect(await kindsFor(late, meetup.id)).toEqual(['meetup_poll_opened']);

    await runAt(new Date(moved.getTime() - DAY + HOUR));
    expect(await kindsFor(late, meetup.id)).toEqual(['meetup_poll_reminder', 'meetup_poll_opened']);
    expect(await kindsFor(outsider, meetup.id)).toEqual([
      'meetup_poll_reminder',
      'meetup_poll_opened',
    ]);
    expect(await kindsFor(amra, meetup.id)).toEqual(['meetup_poll_opened']);

    await runAt(new Date(moved.getTime() - HOUR));
    expect(await kindsFor(late, meetup.id)).toEqual(['meetup_poll_reminder', 'meetup_poll_opened']);
  });

  it('sends nothing for a poll whose date was picked', async () => {
    const series = await newSeries();
    const closesAt = new Date(Date.now() + 2 * DAY);
    const meetup = await propose(series.id, { pollClosesAt: closesAt.toISOString() });
    await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/schedule`,
      cookie: organiser.cookie,
      payload: { slotId: meetup.slots[0]?.id },
    });
    await runAt(new Date(closesAt.getTime() - DAY + HOUR));
    expect(await kindsFor(bruno, meetup.id)).toEqual(['meetup_scheduled', 'meetup_poll_opened']);
  });
});
