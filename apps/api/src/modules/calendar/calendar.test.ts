import type { CalendarFeed } from '@praxis/contracts/calendar';
import { members } from '@praxis/db/schema/members';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  rsvp,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { newToken } from '../../tokens.ts';

let t: TestApp;
type Person = { id: string; cookie: string };
let organiser: Person;
let amra: Person;
let bruno: Person;
let cohortId: string;

async function person(overrides: Parameters<typeof createMember>[1] = {}): Promise<Person> {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  organiser = await person({ role: 'organiser' });
  amra = await person({ name: 'Amra Hadžić' });
  bruno = await person({ name: 'Bruno Lefèvre' });
  cohortId = (await createCohort(t.database.db, { memberIds: [amra.id] })).id;
});
afterAll(async () => {
  await t.close();
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      startsAt: event.startDate.toJSDate().toISOString(),
      summary: event.summary,
      description: event.description,
    };
  });
}

const meetupIcs = (id: string, cookie?: string) =>
  t.request({ method: 'GET', url: `/api/meetups/${id}/calendar.ics`, cookie });

/** As a calendar application asks: no cookie, no Origin. */
const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

async function makeFeed(who: Person): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/calendar-feed',
    cookie: who.cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  const feed = response.json() as CalendarFeed;
  if (!feed.url) throw new Error('no feed URL');
  return feed.url;
}

describe('GET /api/meetups/:id/calendar.ics', () => {
  it('gives a member who may see the meetup one event with its UID, UTC times and details', async () => {
    const meetup = await createMeetup(t.database.db, {
      title: 'Spring exchange',
      startsAt: new Date('2030-03-14T17:00:00.000Z'),
      endsAt: new Date('2030-03-14T20:00:00.000Z'),
      venue: 'Salle 3',
      onlineUrl: 'https://meet.example.org/spring',
      descriptionSource: '## Programme\n- failures, lessons; and more',
    });
    const response = await meetupIcs(meetup.id, amra.cookie);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="spring-exchange.ics"',
    );
    const [event, ...others] = events(response.body);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      uid: `${meetup.id}@praxis`,
      sequence: 0,
      status: 'CONFIRMED',
      startsAt: meetup.startsAt?.toISOString(),
      summary: 'Spring exchange',
    });
    expect(event?.description).toBe(
      `Programme\n\n- failures, lessons; and more\n\nhttp://praxis.test/meetups/${meetup.id}`,
    );
    const vevent = new ICAL.Component(ICAL.parse(response.body)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('location')).toBe(
      'Salle 3 · https://meet.example.org/spring',
    );
    expect(vevent?.getFirstPropertyValue('url')).toBe(`http://praxis.test/meetups/${meetup.id}`);
  });

  it('describes the meetup in plain text, links as "text (address)", then its URL', async () => {
    const meetup = await createMeetup(t.database.db, {
      title: 'Summer exchange',
      descriptionSource:
        '# Why we meet\n\nBring **one** failure and read [the guide](https://lab.example.org/guide?v=2,3;x).\n\n1. Stories\n2. *Lessons*',
    });
    const response = await meetupIcs(meetup.id, amra.cookie);
    const url = `http://praxis.test/meetups/${meetup.id}`;
    const text = [
      'Why we meet',
      'Bring one failure and read the guide (https://lab.example.org/guide?v=2,3;x).',
      '1. Stories\n2. Lessons',
      url,
    ].join('\n\n');
    expect(events(response.body)[0]?.description).toBe(text);
    // Escaped and folded as RFC 5545 asks: commas and line breaks escaped, lines of 75 octets.
    const unfolded = response.body.replaceAll('\r\n ', '');
    expect(unfolded).toContain(
      'DESCRIPTION:Why we meet\\n\\nBring one failure and read the guide (https://lab.example.org/guide?v=2\\,3\\;x).',
    );
    expect(unfolded).not.toMatch(/\*\*|\]\(|^DESCRIPTION:#/m);
    for (const line of response.body.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }

    const reader = await person();
    await rsvp(t.database.db, meetup.id, reader.id, 'going');
    const feed = events((await fetchFeed(await makeFeed(reader))).body);
    expect(feed.find((event) => event.uid === `${meetup.id}@praxis`)?.description).toBe(text);
  });

  it('keeps the UID while SEQUENCE goes up with each change, and says CANCELLED at the end', async () => {
    const meetup = await createMeetup(t.database.db, {
      startsAt: new Date('2030-05-20T16:00:00.000Z'),
    });
    const before = events((await meetupIcs(meetup.id, amra.cookie)).body)[0];

    const moved = await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: {
        title: 'Moved exchange',
        when: {
          startsAt: '2030-05-27T18:00',
          endsAt: '2030-05-27T21:00',
          timezone: 'Europe/Paris',
        },
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = events((await meetupIcs(meetup.id, amra.cookie)).body)[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Number.POSITIVE_INFINITY);
    expect(after).toMatchObject({ startsAt: '2030-05-27T16:00:00.000Z', status: 'CONFIRMED' });

    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: 'The venue flooded.' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const last = events((await meetupIcs(meetup.id, amra.cookie)).body)[0];
    expect(last?.uid).toBe(before?.uid);
    expect(last?.sequence).toBeGreaterThan(after?.sequence ?? Number.POSITIVE_INFINITY);
    expect(last?.status).toBe('CANCELLED');
    expect(last?.description).toContain('Cancelled: The venue flooded.');
  });

  it('answers 404 alike for a meetup the member may not see and one that does not exist', async () => {
    const otherCohort = await createCohort(t.database.db, { memberIds: [bruno.id] });
    const series = await createMeetupSeries(t.database.db, { cohortIds: [otherCohort.id] });
    const hidden = await createMeetup(t.database.db, { seriesId: series.id });
    const unseen = await meetupIcs(hidden.id, amra.cookie);
    const missing = await meetupIcs('00000000-0000-4000-8000-000000000000', amra.cookie);
    expect(unseen.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(unseen.json()).toEqual(missing.json());
    expect((await meetupIcs(hidden.id, bruno.cookie)).statusCode).toBe(200);
    expect((await meetupIcs(hidden.id)).statusCode).toBe(401);
  });

  it('answers 409 while the date poll is open', async () => {
    const proposed = await createMeetup(t.database.db, { status: 'proposed', startsAt: null });
    const response = await meetupIcs(proposed.id, amra.cookie);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/no date yet/);
  });
});

describe('the personal calendar feed', () => {
  it('shows the URL only when it is made, and serves it without a session', async () => {
    const member = await person();
    const get = () =>
      t.request({ method: 'GET', url: '/api/calendar-feed', cookie: member.cookie });
    expect((await get()).json()).toEqual({ active: false, url: null, createdAt: null });

    const made = await t.request({
      method: 'POST',
      url: '/api/calendar-feed',
      cookie: member.cookie,
    });
    const feed = made.json() as CalendarFeed;
    expect(feed).toMatchObject({ active: true });
    expect(feed.url).toMatch(/^http:\/\/praxis\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await get()).json()).toEqual({ active: true, url: null, createdAt: feed.createdAt });

    const served = await fetchFeed(feed.url ?? '');
    expect(served.statusCode, served.body).toBe(200);
    expect(served.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(served.headers['cache-control']).toBe('private, max-age=300');
    expect(events(served.body)).toEqual([]);
  });

  it('lists what the owner is going or may go to and still sees, cancelled ones as CANCELLED', async () => {
    const db = t.database.db;
    const day = 24 * 60 * 60 * 1000;
    const cohortSeries = await createMeetupSeries(db, { cohortIds: [cohortId] });
    const otherCohort = await createCohort(db, { memberIds: [bruno.id] });
    const hiddenSeries = await createMeetupSeries(db, { cohortIds: [otherCohort.id] });
    const at = (days: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + days * day);

    const going = await createMeetup(db, { startsAt: at(20) });
    const maybe = await createMeetup(db, { seriesId: cohortSeries.id, startsAt: at(40) });
    const cancelled = await createMeetup(db, { status: 'cancelled', startsAt: at(30) });
    const recent = await createMeetup(db, { status: 'done', startsAt: at(-10) });
    const old = await createMeetup(db, { status: 'done', startsAt: at(-100) });
    const declined = await createMeetup(db, { startsAt: at(25) });
    const waitlisted = await createMeetup(db, { startsAt: at(26) });
    const brunos = await createMeetup(db, { startsAt: at(27) });
    const hidden = await createMeetup(db, { seriesId: hiddenSeries.id, startsAt: at(28) });
    await rsvp(db, going.id, amra.id, 'going');
    await rsvp(db, maybe.id, amra.id, 'maybe');
    await rsvp(db, cancelled.id, amra.id, 'going');
    await rsvp(db, recent.id, amra.id, 'going');
    await rsvp(db, old.id, amra.id, 'going');
    await rsvp(db, declined.id, amra.id, 'not_going');
    await rsvp(db, waitlisted.id, amra.id, 'waitlisted');
    await rsvp(db, brunos.id, bruno.id, 'going');
    await rsvp(db, hidden.id, bruno.id, 'going');
    // Left over from before amra could no longer see it: the feed must still leave it out.
    await rsvp(db, hidden.id, amra.id, 'going');

    const listed = events((await fetchFeed(await makeFeed(amra))).body);
    const byUid = new Map(listed.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(
      [going, maybe, cancelled, recent].map((meetup) => `${meetup.id}@praxis`).sort(),
    );
    expect(listed).toHaveLength(4);
    expect(byUid.get(`${cancelled.id}@praxis`)?.status).toBe('CANCELLED');
    expect(byUid.get(`${going.id}@praxis`)).toMatchObject({
      status: 'CONFIRMED',
      startsAt: going.startsAt?.toISOString(),
    });
  });

  it('stops serving the old URL when a new one is made, and any URL once turned off', async () => {
    const member = await person();
    const first = await makeFeed(member);
    const second = await makeFeed(member);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);

    const off = await t.request({
      method: 'DELETE',
      url: '/api/calendar-feed',
      cookie: member.cookie,
    });
    expect(off.json()).toEqual({ active: false, url: null, createdAt: null });
    const gone = await fetchFeed(second);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toMatch(/does not work any more/);
  });

  it('answers 404 to an unknown token or a deactivated owner, and 400 to what is no token', async () => {
    expect((await fetchFeed(`http://x/api/calendar/${newToken().token}.ics`)).statusCode).toBe(404);
    expect((await fetchFeed('http://x/api/calendar/nope.ics')).statusCode).toBe(400);

    const member = await person();
    const url = await makeFeed(member);
    await t.database.db
      .update(members)
      .set({ deactivatedAt: new Date() })
      .where(eq(members.id, member.id));
    expect((await fetchFeed(url)).statusCode).toBe(404);
  });

  it('needs a session, and the Praxis site as origin, to make or revoke a feed', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await t.request({ method, url: '/api/calendar-feed' });
      expect(response.statusCode).toBe(401);
    }
    const forged = await t.request({
      method: 'POST',
      url: '/api/calendar-feed',
      cookie: amra.cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(forged.statusCode).toBe(403);
  });
});
