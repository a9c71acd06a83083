import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person, slot } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { person, newSeries, propose } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let outsider: Person;
beforeAll(() => {
  ({ t, organiser, amra, outsider } = meetups.people);
});

describe('series', () => {
  it('are created by organisers, six-monthly by default, due at once when new', async () => {
    const series = await newSeries({ description: 'Every *six* months.' });
    expect(series).toMatchObject({
      cadenceMonths: 6,
      defaultTimezone: 'Europe/Paris',
      dueSoon: true,
      canManage: true,
      upcoming: null,
      past: [],
    });
    expect(series.descriptionHtml).toBe('<p>Every <em>six</em> months.</p>');
    const refused = await t.request({
      method: 'POST',
      url: '/api/meetup-series',
      cookie: amra.cookie,
      payload: { name: 'My own series' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('lets a member named as its organiser run a series, and says so in the list', async () => {
    const steward = await person();
    const series = await newSeries({ cohortIds: [], organiserIds: [steward.id] });
    const forSteward = await t.request({
      method: 'GET',
      url: '/api/meetup-series',
      cookie: steward.cookie,
    });
    expect(forSteward.json().series.find((s: { id: string }) => s.id === series.id)).toMatchObject({
      canManage: true,
      dueSoon: true,
    });
    const forMember = await t.request({
      method: 'GET',
      url: '/api/meetup-series',
      cookie: amra.cookie,
    });
    expect(forMember.json().series.find((s: { id: string }) => s.id === series.id).canManage).toBe(
      false,
    );
    const proposed = await t.request({
      method: 'POST',
      url: `/api/meetup-series/${series.id}/meetups`,
      cookie: steward.cookie,
      payload: { title: 'Run by a member', slots: [slot('2030-05-02'), slot('2030-05-09')] },
    });
    expect(proposed.statusCode).toBe(201);
  });

  it.each([
    ['a cadence of 0 months', { name: 'Bad cadence', cadenceMonths: 0 }, 'cadenceMonths'],
    [
      'an unknown time zone',
      { name: 'Bad zone', defaultTimezone: 'Mars/Olympus' },
      'defaultTimezone',
    ],
    [
      'an online link that is not https',
      { name: 'Bad link', defaultOnlineUrl: 'javascript:alert(1)' },
      'defaultOnlineUrl',
    ],
  ])('refuses %s with a 400 naming the field', async (_case, payload, field) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/meetup-series',
      cookie: organiser.cookie,
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toBeTruthy();
  });

  it('keeps a cohort series and its meetups from members outside the cohort', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const list = await t.request({
      method: 'GET',
      url: '/api/meetup-series',
      cookie: outsider.cookie,
    });
    expect(list.json().series.map((s: { id: string }) => s.id)).not.toContain(series.id);
    for (const url of [`/api/meetup-series/${series.id}`, `/api/meetups/${meetup.id}`]) {
      const response = await t.request({ method: 'GET', url, cookie: outsider.cookie });
      expect(response.statusCode, url).toBe(404);
    }
    const upcoming = await t.request({
      method: 'GET',
      url: '/api/meetups',
      cookie: outsider.cookie,
    });
    expect(upcoming.json().meetups.map((m: { id: string }) => m.id)).not.toContain(meetup.id);
    const inside = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}`,
      cookie: amra.cookie,
    });
    expect(inside.statusCode).toBe(200);
  });

  it('suggests three candidate dates in the window the series is due', async () => {
    const series = await newSeries({
      defaultTimezone: 'Europe/Sarajevo',
      defaultDurationMinutes: 120,
    });
    const response = await t.request({
      method: 'GET',
      url: `/api/meetup-series/${series.id}/suggested-slots`,
      cookie: organiser.cookie,
    });
    const { slots } = response.json() as { slots: { timezone: string }[] };
    expect(slots).toHaveLength(3);
    expect(slots.every((s) => s.timezone === 'Europe/Sarajevo')).toBe(true);
  });
});
