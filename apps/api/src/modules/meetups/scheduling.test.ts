import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetupsTestApp, type Person, slot } from '../../testing/meetups-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const meetups = meetupsTestApp();
const { newSeries, propose, kindsFor } = meetups;
let t: TestApp;
let organiser: Person;
let amra: Person;
let bruno: Person;
let outsider: Person;
beforeAll(() => {
  ({ t, organiser, amra, bruno, outsider } = meetups.people);
});

describe('proposing a meetup', () => {
  it.each([
    ['no slots', { slots: [] }, 'slots'],
    ['one slot', { slots: [slot('2030-01-10')] }, 'slots'],
    [
      'an end before the start',
      { slots: [slot('2030-01-10'), { ...slot('2030-01-17'), endsAt: '2030-01-17T17:00' }] },
      'slots.1.endsAt',
    ],
    ['a capacity below zero', { capacity: -1 }, 'capacity'],
    [
      'a time the clocks skip',
      {
        slots: [
          slot('2030-01-10'),
          { startsAt: '2030-03-31T02:30', endsAt: '2030-03-31T05:00', timezone: 'Europe/Paris' },
        ],
      },
      'slots.1.startsAt',
    ],
  ])(
    'refuses %s with a 400 naming the field, and stores nothing',
    async (_case, overrides, field) => {
      const series = await newSeries();
      const response = await t.request({
        method: 'POST',
        url: `/api/meetup-series/${series.id}/meetups`,
        cookie: organiser.cookie,
        payload: {
          title: 'Refused meetup',
          slots: [slot('2030-01-10'), slot('2030-01-17')],
          ...overrides,
        },
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields[field]).toBeTruthy();
      const upcoming = await t.request({
        method: 'GET',
        url: '/api/meetups',
        cookie: organiser.cookie,
      });
      expect(upcoming.json().meetups.map((m: { seriesId: string }) => m.seriesId)).not.toContain(
        series.id,
      );
    },
  );

  it('asks every invitee but the proposer to vote for the date, and nobody outside its cohort', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id, { title: 'Autumn exchange' });
    const page = (
      await t.request({ method: 'GET', url: '/api/notifications', cookie: amra.cookie })
    ).json() as NotificationPage;
    expect(page.notifications.find((n) => n.meetup?.id === meetup.id)).toMatchObject({
      kind: 'meetup_poll_opened',
      actor: { handle: 'orla' },
      meetup: { id: meetup.id, title: 'Autumn exchange' },
      read: false,
    });
    expect(await kindsFor(bruno, meetup.id)).toEqual(['meetup_poll_opened']);
    expect(await kindsFor(organiser, meetup.id)).toEqual([]);
    expect(await kindsFor(outsider, meetup.id)).toEqual([]);
  });

  it('stores slots across a change of the clocks as the right UTC instants', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id, {
      slots: [
        { startsAt: '2030-03-30T20:00', endsAt: '2030-03-31T08:00', timezone: 'Europe/Paris' },
        { startsAt: '2030-10-26T20:00', endsAt: '2030-10-27T08:00', timezone: 'Europe/Sarajevo' },
      ],
    });
    expect(meetup.slots.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2030-03-30T19:00:00.000Z', '2030-03-31T06:00:00.000Z'],
      ['2030-10-26T18:00:00.000Z', '2030-10-27T07:00:00.000Z'],
    ]);
  });
});

describe('the date poll', () => {
  it('takes and changes votes, totals them, and closes once on the chosen date', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const [first, second] = meetup.slots;
    if (!first || !second) throw new Error('no slots');
    const vote = (who: Person, votes: object[]) =>
      t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/votes`,
        cookie: who.cookie,
        payload: { votes },
      });
    await vote(amra, [
      { slotId: first.id, choice: 'yes' },
      { slotId: second.id, choice: 'no' },
    ]);
    await vote(bruno, [{ slotId: first.id, choice: 'if_need_be' }]);
    const changed = await vote(amra, [{ slotId: second.id, choice: 'yes' }]);
    const poll = changed.json() as MeetupDetail;
    expect(poll.slots[0]?.totals).toEqual({ yes: 1, ifNeedBe: 1, no: 0 });
    expect(poll.slots[1]?.totals).toEqual({ yes: 1, ifNeedBe: 0, no: 0 });
    expect(poll.slots[1]?.myVote).toBe('yes');
    expect(poll.voters.find((v) => v.member.handle === 'amra')?.votes).toEqual({
      [first.id]: 'yes',
      [second.id]: 'yes',
    });

    const picks = await Promise.all(
      [first, second].map((candidate) =>
        t.request({
          method: 'POST',
          url: `/api/meetups/${meetup.id}/schedule`,
          cookie: organiser.cookie,
          payload: { slotId: candidate.id },
        }),
      ),
    );
    expect(picks.map((p) => p.statusCode).sort()).toEqual([200, 409]);
    const after = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: amra.cookie })
    ).json();
    expect(after.status).toBe('scheduled');
    expect([first.startsAt, second.startsAt]).toContain(after.startsAt);
    expect(await kindsFor(amra, meetup.id)).toEqual(['meetup_scheduled', 'meetup_poll_opened']);
    expect(await kindsFor(outsider, meetup.id)).toEqual([]);

    const late = await vote(bruno, [{ slotId: first.id, choice: 'yes' }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/poll is closed/);
  });

  it('refuses votes on a slot of another poll, and scheduling by a member', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const other = await propose(series.id);
    const foreign = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/votes`,
      cookie: amra.cookie,
      payload: { votes: [{ slotId: other.slots[0]?.id, choice: 'yes' }] },
    });
    expect(foreign.statusCode).toBe(400);
    const byMember = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/schedule`,
      cookie: amra.cookie,
      payload: { slotId: meetup.slots[0]?.id },
    });
    expect(byMember.statusCode).toBe(403);
  });

  it('refuses two votes on one date, and dates that do not exist or are out of range', async () => {
    const series = await newSeries();
    const meetup = await propose(series.id);
    const slotId = meetup.slots[0]?.id;
    const twice = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/votes`,
      cookie: amra.cookie,
      payload: {
        votes: [
          { slotId, choice: 'yes' },
          { slotId, choice: 'no' },
        ],
      },
    });
    expect(twice.statusCode).toBe(400);
    for (const day of ['9999-12-31', '0001-01-01', '2030-02-30']) {
      const response = await t.request({
        method: 'POST',
        url: `/api/meetup-series/${series.id}/meetups`,
        cookie: organiser.cookie,
        payload: {
          title: 'Odd dates',
          slots: [slot(day, 'America/Los_Angeles'), slot('2030-01-10')],
        },
      });
      expect(response.statusCode, day).toBe(400);
      expect(response.json().error.fields['slots.0.startsAt'], day).toMatch(/exist/);
    }
  });
});
