import type { CalendarFeed } from '@praxis/contracts/calendar';
import { createMeetup, createMember, rsvp, TEST_PASSWORD } from '@praxis/db/testing/factories';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** A member, signed in, with the language they chose (or none). */
async function person(locale: 'hr' | 'fr' | null) {
  const member = await createMember(t.database.db, { profile: { locale } });
  return { ...member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

/** The calendar's name and each event's description, as a calendar application reads them. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    descriptions: calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('description'))),
  };
}

/** The member's feed, fetched as a calendar application does: by its URL alone. */
async function feedOf(member: { cookie: string }) {
  const made = await t.request({
    method: 'POST',
    url: '/api/calendar-feed',
    cookie: member.cookie,
  });
  const { url } = made.json() as CalendarFeed;
  const served = await t.app.inject({ method: 'GET', url: new URL(url ?? '').pathname });
  expect(served.statusCode, served.body).toBe(200);
  return read(served.body);
}

describe('calendar text in the reader’s language', () => {
  it('writes a Croatian member’s feed in Croatian', async () => {
    const member = await person('hr');
    const cancelled = await createMeetup(t.database.db, {
      status: 'cancelled',
      cancelReason: 'Dvorana je poplavljena.',
      startsAt: new Date(Date.now() + 20 * DAY_MS),
    });
    const unexplained = await createMeetup(t.database.db, {
      status: 'cancelled',
      startsAt: new Date(Date.now() + 21 * DAY_MS),
    });
    await rsvp(t.database.db, cancelled.id, member.id, 'going');
    await rsvp(t.database.db, unexplained.id, member.id, 'maybe');

    const feed = await feedOf(member);
    expect(feed.name).toBe('Susreti na Praxisu');
    // Each cancelled meetup's description opens with the note, then its own text and link.
    const notes = feed.descriptions.map((text) => text.split('\n')[0]).sort();
    expect(notes).toEqual(['Otkazano', 'Otkazano: Dvorana je poplavljena.']);
  });

  it('writes the feed of a member who chose no language in the network’s, and a file in the request’s', async () => {
    const member = await person(null);
    const meetup = await createMeetup(t.database.db, {
      status: 'cancelled',
      cancelReason: 'La salle est inondée.',
      startsAt: new Date(Date.now() + 20 * DAY_MS),
    });
    await rsvp(t.database.db, meetup.id, member.id, 'going');
    expect((await feedOf(member)).name).toBe('Praxis meetups');

    await t.app.locales.setNetworkDefault('hr');
    try {
      expect((await feedOf(member)).name).toBe('Susreti na Praxisu');
    } finally {
      await t.app.locales.setNetworkDefault('en');
    }

    const french = await person('fr');
    const file = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}/calendar.ics`,
      cookie: french.cookie,
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(read(file.body).descriptions[0]).toMatch(/^Annulée\u00a0: La salle est inondée\./);
  });
});
