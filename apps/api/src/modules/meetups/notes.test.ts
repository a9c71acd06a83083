import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { jobs } from '@praxis/db/schema/jobs';
import { meetups } from '@praxis/db/schema/meetups';
import { notifications } from '@praxis/db/schema/notifications';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { and, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
type Person = { id: string; cookie: string };
let organiser: Person;
let amra: Person;
let carla: Person;
let outsider: Person;
let cohortId: string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function person(overrides: Parameters<typeof createMember>[1] = {}): Promise<Person> {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  organiser = await person({ role: 'organiser', handle: 'orla', name: 'Orla Organiser' });
  amra = await person({ handle: 'amra', name: 'Amra Hadžić' });
  carla = await person({ handle: 'carla', name: 'Carla Ruiz' });
  outsider = await person({ handle: 'olli', name: 'Olli Outsider' });
  cohortId = (await createCohort(t.database.db, { memberIds: [amra.id, carla.id] })).id;
});
afterAll(async () => {
  await t.close();
});
// Each test runs jobs at times of its choosing; what earlier tests left planned must not count.
beforeEach(async () => {
  await t.database.db.update(jobs).set({ doneAt: new Date() }).where(isNull(jobs.doneAt));
});

/** A whole minute, `ms` from now, as the meetups module stores start times. */
const fromNow = (ms: number) => new Date(Math.floor(Date.now() / MINUTE) * MINUTE + ms);

/** A meetup of the cohort's series (amra and carla are in it, olli is not). */
async function cohortMeetup(startsAt: Date) {
  const series = await createMeetupSeries(t.database.db, { cohortIds: [cohortId] });
  return createMeetup(t.database.db, { seriesId: series.id, startsAt, title: 'Autumn exchange' });
}

const saveNotes = (who: Person, id: string, notes: string, done = false) =>
  t.request({
    method: 'PUT',
    url: `/api/meetups/${id}/notes`,
    cookie: who.cookie,
    payload: { notes, done },
  });

const read = async (who: Person, id: string) =>
  (
    await t.request({ method: 'GET', url: `/api/meetups/${id}`, cookie: who.cookie })
  ).json() as MeetupDetail;

/** The notes mentions a member was told of for this meetup. */
async function notesMentions(who: Person, meetupId: string) {
  const page = (
    await t.request({ method: 'GET', url: '/api/notifications', cookie: who.cookie })
  ).json() as NotificationPage;
  return page.notifications.filter((n) => n.kind === 'notes_mention' && n.meetup?.id === meetupId);
}

const run = (now: Date) => t.app.jobs.runDue({ now });

describe('PUT /api/meetups/:id/notes before the meetup', () => {
  it('keeps draft notes from members until the meetup starts, and tells organisers they are a draft', async () => {
    const meetup = await cohortMeetup(fromNow(30 * 24 * HOUR));
    const saved = await saveNotes(organiser, meetup.id, 'Bring **one** failure.');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      status: 'scheduled',
      notesSource: 'Bring **one** failure.',
      notesHtml: '<p>Bring <strong>one</strong> failure.</p>',
      notesDraft: true,
    });
    expect(await read(amra, meetup.id)).toMatchObject({
      notesSource: '',
      notesHtml: '',
      notesDraft: false,
    });

    await t.database.db
      .update(meetups)
      .set({ startsAt: fromNow(-HOUR), endsAt: fromNow(2 * HOUR) })
      .where(eq(meetups.id, meetup.id));
    expect(await read(amra, meetup.id)).toMatchObject({
      notesSource: 'Bring **one** failure.',
      notesHtml: '<p>Bring <strong>one</strong> failure.</p>',
      notesDraft: false,
    });
    expect((await read(organiser, meetup.id)).notesDraft).toBe(false);
  });

  it('keeps a cancelled meetup’s draft from members even once its start has passed', async () => {
    const meetup = await cohortMeetup(fromNow(24 * HOUR));
    await saveNotes(organiser, meetup.id, 'Draft: who follows up on the pilot');
    await t.database.db
      .update(meetups)
      .set({ status: 'cancelled', startsAt: fromNow(-HOUR), endsAt: fromNow(HOUR) })
      .where(eq(meetups.id, meetup.id));
    expect(await read(amra, meetup.id)).toMatchObject({
      status: 'cancelled',
      notesSource: '',
      notesHtml: '',
    });
  });

  it('announces no draft save to the meetup’s open pages, and announces saves once it has started', async () => {
    const ahead = await cohortMeetup(fromNow(24 * HOUR));
    const started = await cohortMeetup(fromNow(-HOUR));
    const heard: string[] = [];
    const stop = t.app.realtime.on('meetup.changed', (event) => {
      if (event.what === 'notes') heard.push(event.meetupId);
    });
    expect((await saveNotes(organiser, ahead.id, 'A draft')).statusCode).toBe(200);
    expect((await saveNotes(organiser, started.id, 'What we shared')).statusCode).toBe(200);
    await expect.poll(() => heard).toEqual([started.id]);
    stop();
  });

  it('returns 409 for notes on an open poll, and for "done" before the start', async () => {
    const poll = await createMeetup(t.database.db, { status: 'proposed', startsAt: null });
    const onPoll = await saveNotes(organiser, poll.id, 'Too early');
    expect(onPoll.statusCode).toBe(409);
    expect(onPoll.json().error.message).toBe(
      'Pick the date in the poll first: notes can be drafted once the meetup has one.',
    );
    const ahead = await cohortMeetup(fromNow(24 * HOUR));
    const done = await saveNotes(organiser, ahead.id, 'It went well', true);
    expect(done.statusCode).toBe(409);
    expect(done.json().error.message).toBe('A meetup is done once it has started.');
    expect((await read(organiser, ahead.id)).notesSource).toBe('');
  });

  it('returns 403 to a member who does not run the series', async () => {
    const meetup = await cohortMeetup(fromNow(24 * HOUR));
    const refused = await saveNotes(amra, meetup.id, 'My notes');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Only the organisers of this series can do this.');
  });
});

describe('@mentions in meetup notes', () => {
  it('links them as threads do, and tells each mentioned member who may see the meetup once', async () => {
    const meetup = await cohortMeetup(fromNow(-HOUR));
    const first = await saveNotes(organiser, meetup.id, '@amra showed the portal; @olli asked.');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().notesHtml).toBe(
      '<p><a href="/members/amra" class="mention">@amra</a> showed the portal; <a href="/members/olli" class="mention">@olli</a> asked.</p>',
    );
    const told = await notesMentions(amra, meetup.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      actor: { handle: 'orla' },
      meetup: { id: meetup.id, title: 'Autumn exchange' },
    });
    // Olli is outside the cohort: the meetup, and so its notes, are not his to see.
    const olliRows = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.memberId, outsider.id), eq(notifications.meetupId, meetup.id)));
    expect(olliRows).toEqual([]);

    await saveNotes(organiser, meetup.id, '@amra showed the portal; @carla follows up.');
    expect(await notesMentions(amra, meetup.id)).toHaveLength(1);
    expect(await notesMentions(carla, meetup.id)).toHaveLength(1);
  });

  it('returns 429 and keeps the notes when the mentions would pass the hourly budget', async () => {
    const busy = await person({ role: 'organiser' });
    await t.database.db.insert(notifications).values(
      Array.from({ length: 200 }, () => ({
        memberId: outsider.id,
        kind: 'mention',
        actorId: busy.id,
      })),
    );
    const meetup = await cohortMeetup(fromNow(-HOUR));
    const refused = await saveNotes(busy, meetup.id, 'Thanks @amra');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe(
      'Your mentions have sent 200 notifications in the last hour, and Praxis sends at most 200 an hour. Post it without @mentions, or wait a while.',
    );
    expect((await read(busy, meetup.id)).notesSource).toBe('');
    expect(await notesMentions(amra, meetup.id)).toEqual([]);
  });

  it('tells whoever a draft mentions when the meetup starts, and its open pages read it again', async () => {
    const startsAt = fromNow(2 * HOUR);
    const meetup = await cohortMeetup(startsAt);
    await saveNotes(organiser, meetup.id, '@amra prepares the demo.');
    expect(await notesMentions(amra, meetup.id)).toEqual([]);
    const planned = await t.database.db
      .select({ key: jobs.key, runAt: jobs.runAt })
      .from(jobs)
      .where(like(jobs.key, `meetup_notes_published:${meetup.id}:%`));
    expect(planned).toEqual([
      { key: `meetup_notes_published:${meetup.id}:${startsAt.toISOString()}`, runAt: startsAt },
    ]);

    await run(new Date(startsAt.getTime() - MINUTE));
    expect(await notesMentions(amra, meetup.id)).toEqual([]);

    const heard: unknown[] = [];
    const stop = t.app.realtime.on('meetup.changed', (event) => {
      if (event.meetupId === meetup.id) heard.push(event);
    });
    await run(new Date(startsAt.getTime() + MINUTE));
    await expect.poll(() => heard).toEqual([{ meetupId: meetup.id, what: 'notes' }]);
    stop();
    expect(await notesMentions(amra, meetup.id)).toHaveLength(1);
    await run(new Date(startsAt.getTime() + 2 * MINUTE));
    expect(await notesMentions(amra, meetup.id)).toHaveLength(1);
  });

  it('publishes a moved meetup’s draft at its new start, and nothing at the old one', async () => {
    const oldStart = fromNow(2 * HOUR);
    const meetup = await cohortMeetup(oldStart);
    await saveNotes(organiser, meetup.id, 'Agenda by @carla.');
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: {
        when: { startsAt: '2031-06-05T18:00', endsAt: '2031-06-05T21:00', timezone: 'UTC' },
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);

    await run(new Date(oldStart.getTime() + MINUTE));
    expect(await notesMentions(carla, meetup.id)).toEqual([]);
    await run(new Date('2031-06-05T18:01:00.000Z'));
    expect(await notesMentions(carla, meetup.id)).toHaveLength(1);
  });

  it('tells whoever a draft mentions at once when the meetup is moved to a start that has passed', async () => {
    const meetup = await cohortMeetup(fromNow(24 * HOUR));
    await saveNotes(organiser, meetup.id, 'Minutes by @amra.');
    const lastYear = new Date().getUTCFullYear() - 1;
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: {
        when: {
          startsAt: `${lastYear}-05-04T18:00`,
          endsAt: `${lastYear}-05-04T21:00`,
          timezone: 'UTC',
        },
        moveIntoPast: true,
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().notesDraft).toBe(false);
    await expect.poll(() => notesMentions(amra, meetup.id)).toHaveLength(1);
  });
});
