import type { MeetupDetail } from '@praxis/contracts/meetups';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person, slot } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { propose, scheduled, rsvp, kindsFor } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
beforeAll(() => {
  ({ t, organiser, amra, bruno } = meetups.people);
});

describe('upcoming meetups', () => {
  it('sort an open poll by its earliest date, after a meetup scheduled before it', async () => {
    const meetup = await scheduled();
    await propose(meetup.seriesId, {
      title: 'Autumn exchange',
      slots: [slot('2030-09-12'), slot('2030-09-19')],
    });
    const series = await t.request({
      method: 'GET',
      url: `/api/meetup-series/${meetup.seriesId}`,
      cookie: amra.cookie,
    });
    expect(series.json().upcoming).toMatchObject({ id: meetup.id, status: 'scheduled' });
    const list = await t.request({ method: 'GET', url: '/api/meetups', cookie: amra.cookie });
    const titles = list
      .json()
      .meetups.filter((m: { seriesId: string }) => m.seriesId === meetup.seriesId)
      .map((m: { title: string }) => m.title);
    expect(titles).toEqual(['Spring exchange', 'Autumn exchange']);
  });
});

describe('PATCH /api/meetups/:id with a new date', () => {
  const move = (id: string, body: object) =>
    t.request({
      method: 'PATCH',
      url: `/api/meetups/${id}`,
      cookie: organiser.cookie,
      payload: body,
    });
  const lastYear = new Date().getUTCFullYear() - 1;
  const past = {
    startsAt: `${lastYear}-05-04T18:00`,
    endsAt: `${lastYear}-05-04T21:00`,
    timezone: 'Europe/Paris',
  };

  it('returns 409 for a start in the past unless the move is confirmed, and then moves it', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    await rsvp(amra, meetup.id, 'going');
    const refused = await move(meetup.id, { when: past, title: 'Renamed on the way' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'conflict',
      message: 'The new date is in the past. Confirm to move it anyway.',
      fields: { moveIntoPast: 'Confirm that the meetup moves to a date in the past.' },
    });
    const unchanged = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: amra.cookie })
    ).json() as MeetupDetail;
    expect([unchanged.title, unchanged.startsAt]).toEqual([meetup.title, meetup.startsAt]);
    expect(await kindsFor(amra, meetup.id)).not.toContain('meetup_changed');

    const moved = await move(meetup.id, { when: past, moveIntoPast: true });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe(`${lastYear}-05-04T16:00:00.000Z`);
    expect(await kindsFor(amra, meetup.id)).toContain('meetup_changed');
  });

  it('moves to a later date without asking for confirmation', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    const later = { startsAt: '2031-06-05T18:00', endsAt: '2031-06-05T21:00', timezone: 'UTC' };
    const moved = await move(meetup.id, { when: later });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().startsAt).toBe('2031-06-05T18:00:00.000Z');
  });
});

describe('PATCH /api/meetups/:id', () => {
  it('changes only what a PATCH names: capacity, link and waitlist stay', async () => {
    const meetup = await scheduled(1, { cohortIds: [] });
    await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: { onlineUrl: 'https://meet.example/x' },
    });
    await rsvp(amra, meetup.id, 'going');
    await rsvp(bruno, meetup.id, 'going');
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/meetups/${meetup.id}`,
      cookie: organiser.cookie,
      payload: { title: 'Renamed exchange' },
    });
    expect(renamed.json()).toMatchObject({
      title: 'Renamed exchange',
      capacity: 1,
      onlineUrl: 'https://meet.example/x',
      goingCount: 1,
      waitlistCount: 1,
    });
  });
});

describe('PUT /api/meetups/:id/notes', () => {
  it('posts notes and marks a meetup done only once it has started', async () => {
    const meetup = await scheduled();
    const early = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/notes`,
      cookie: organiser.cookie,
      payload: { notes: '# What we exchanged', done: true },
    });
    expect(early.statusCode).toBe(409);
    const draft = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/notes`,
      cookie: organiser.cookie,
      payload: { notes: 'We **exchanged** a lot.' },
    });
    expect(draft.json()).toMatchObject({
      status: 'scheduled',
      notesHtml: '<p>We <strong>exchanged</strong> a lot.</p>',
    });
  });
});
