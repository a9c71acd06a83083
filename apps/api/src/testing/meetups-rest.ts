import type { MeetupDetail, SeriesDetail } from '@praxis/contracts/meetups';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

export type Person = { id: string; cookie: string };

/** A candidate date: 18:00 to 21:00 on `day`, wall-clock time in `zone`. */
export const slot = (day: string, zone = 'Europe/Paris') => ({
  startsAt: `${day}T18:00`,
  endsAt: `${day}T21:00`,
  timezone: zone,
});

/**
 * A test app for one meetups test file: an organiser, amra and bruno in one cohort, olli outside
 * it, and the requests those files make. Registers the file's beforeAll and afterAll; call it at
 * the top level and read `people` once its beforeAll has run.
 */
export function meetupsTestApp() {
  const people = {} as {
    t: TestApp;
    organiser: Person;
    amra: Person;
    bruno: Person;
    outsider: Person;
    cohortId: string;
  };

  async function person(overrides: Parameters<typeof createMember>[1] = {}): Promise<Person> {
    const member = await createMember(people.t.database.db, overrides);
    return { id: member.id, cookie: await people.t.signIn(member.email, TEST_PASSWORD) };
  }

  beforeAll(async () => {
    people.t = await createTestApp();
    people.organiser = await person({ role: 'organiser', handle: 'orla', name: 'Orla Organiser' });
    people.amra = await person({ handle: 'amra', name: 'Amra Hadžić' });
    people.bruno = await person({ handle: 'bruno', name: 'Bruno Lefèvre' });
    people.outsider = await person({ handle: 'olli', name: 'Olli Outsider' });
    people.cohortId = (
      await createCohort(people.t.database.db, { memberIds: [people.amra.id, people.bruno.id] })
    ).id;
  });
  afterAll(async () => {
    await people.t.close();
  });

  let seriesCount = 0;
  async function newSeries(overrides: object = {}) {
    seriesCount += 1;
    const response = await people.t.request({
      method: 'POST',
      url: '/api/meetup-series',
      cookie: people.organiser.cookie,
      payload: { name: `Inter-Transfo ${seriesCount}`, cohortIds: [people.cohortId], ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as SeriesDetail;
  }

  async function propose(seriesId: string, overrides: object = {}) {
    const response = await people.t.request({
      method: 'POST',
      url: `/api/meetup-series/${seriesId}/meetups`,
      cookie: people.organiser.cookie,
      payload: {
        title: 'Spring exchange',
        slots: [slot('2030-03-14'), slot('2030-03-21'), slot('2030-03-28')],
        ...overrides,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MeetupDetail;
  }

  async function scheduled(capacity: number | null = null, seriesOverrides: object = {}) {
    const series = await newSeries(seriesOverrides);
    const meetup = await propose(series.id, { capacity });
    const picked = await people.t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/schedule`,
      cookie: people.organiser.cookie,
      payload: { slotId: meetup.slots[0]?.id },
    });
    expect(picked.statusCode, picked.body).toBe(200);
    return picked.json() as MeetupDetail;
  }

  const rsvp = (who: Person, id: string, status: string) =>
    people.t.request({
      method: 'PUT',
      url: `/api/meetups/${id}/rsvp`,
      cookie: who.cookie,
      payload: { status },
    });

  async function kindsFor(who: Person, meetupId: string) {
    const page = (
      await people.t.request({ method: 'GET', url: '/api/notifications', cookie: who.cookie })
    ).json() as NotificationPage;
    return page.notifications.filter((n) => n.meetup?.id === meetupId).map((n) => n.kind);
  }

  return { people, person, newSeries, propose, scheduled, rsvp, kindsFor };
}
