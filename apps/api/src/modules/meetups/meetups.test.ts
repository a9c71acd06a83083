import type { MeetupDetail, SeriesDetail } from '@praxis/contracts/meetups';
import type { NotificationPage } from '@praxis/contracts/notifications';
import { members } from '@praxis/db/schema/members';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
type Person = { id: string; cookie: string };
let organiser: Person;
let amra: Person;
let bruno: Person;
let outsider: Person;
let cohortId: string;

async function person(overrides: Parameters<typeof createMember>[1] = {}): Promise<Person> {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  organiser = await person({ role: 'organiser', handle: 'orla', name: 'Orla Organiser' });
  amra = await person({ handle: 'amra', name: 'Amra Hadžić' });
  bruno = await person({ handle: 'bruno', name: 'Bruno Lefèvre' });
  outsider = await person({ handle: 'olli', name: 'Olli Outsider' });
  cohortId = (await createCohort(t.database.db, { memberIds: [amra.id, bruno.id] })).id;
});
afterAll(async () => {
  await t.close();
});

let seriesCount = 0;
async function newSeries(overrides: object = {}) {
  seriesCount += 1;
  const response = await t.request({
    method: 'POST',
    url: '/api/meetup-series',
    cookie: organiser.cookie,
    payload: { name: `Inter-Transfo ${seriesCount}`, cohortIds: [cohortId], ...overrides },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SeriesDetail;
}

const slot = (day: string, zone = 'Europe/Paris') => ({
  startsAt: `${day}T18:00`,
  endsAt: `${day}T21:00`,
  timezone: zone,
});

async function propose(seriesId: string, overrides: object = {}) {
  const response = await t.request({
    method: 'POST',
    url: `/api/meetup-series/${seriesId}/meetups`,
    cookie: organiser.cookie,
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
  const picked = await t.request({
    method: 'POST',
    url: `/api/meetups/${meetup.id}/schedule`,
    cookie: organiser.cookie,
    payload: { slotId: meetup.slots[0]?.id },
  });
  expect(picked.statusCode, picked.body).toBe(200);
  return picked.json() as MeetupDetail;
}

const rsvp = (who: Person, id: string, status: string) =>
  t.request({
    method: 'PUT',
    url: `/api/meetups/${id}/rsvp`,
    cookie: who.cookie,
    payload: { status },
  });

async function kindsFor(who: Person, meetupId: string) {
  const page = (
    await t.request({ method: 'GET', url: '/api/notifications', cookie: who.cookie })
  ).json() as NotificationPage;
  return page.notifications.filter((n) => n.meetup?.id === meetupId).map((n) => n.kind);
}

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
});

describe('RSVPs', () => {
  it('puts "going" beyond capacity on the waitlist and promotes the first when a seat frees', async () => {
    const meetup = await scheduled(1);
    expect((await rsvp(amra, meetup.id, 'going')).json().myRsvp).toBe('going');
    const second = (await rsvp(bruno, meetup.id, 'going')).json() as MeetupDetail;
    expect(second.myRsvp).toBe('waitlisted');
    expect(second.attendees.waitlist.map((a) => a.handle)).toEqual(['bruno']);
    const freed = (await rsvp(amra, meetup.id, 'not_going')).json() as MeetupDetail;
    expect(freed.attendees.going.map((a) => a.handle)).toEqual(['bruno']);
    expect(freed.goingCount).toBe(1);
    expect(await kindsFor(bruno, meetup.id)).toContain('waitlist_promoted');
  });

  it('gives the last seat to exactly one of many members asking at once', async () => {
    // A series for the whole network, so that members of no cohort are invited.
    const meetup = await scheduled(1, { cohortIds: [] });
    const crowd = await Promise.all(Array.from({ length: 6 }, () => person()));
    const answers = await Promise.all(crowd.map((who) => rsvp(who, meetup.id, 'going')));
    const statuses = answers.map((answer) => (answer.json() as MeetupDetail).myRsvp);
    expect(statuses.filter((status) => status === 'going')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(5);
  });

  it('refuses an RSVP to a poll still open, and to a cancelled meetup, with a 409', async () => {
    const series = await newSeries();
    const poll = await propose(series.id);
    expect((await rsvp(amra, poll.id, 'going')).statusCode).toBe(409);
    const meetup = await scheduled();
    await rsvp(amra, meetup.id, 'maybe');
    const noReason = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/cancel`,
      cookie: organiser.cookie,
      payload: { reason: 'The venue flooded.' },
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The venue flooded.',
    });
    expect(await kindsFor(amra, meetup.id)).toContain('meetup_cancelled');
    expect(await kindsFor(bruno, meetup.id)).not.toContain('meetup_cancelled');
    const late = await rsvp(bruno, meetup.id, 'going');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/cancelled/);
  });
});

describe('the agenda', () => {
  it('takes contributions linked to a story, accepted, ordered and timed by organisers', async () => {
    const meetup = await scheduled();
    const story = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'failure',
        title: 'The pilot that never left the lab',
        story: {
          context: 'A ministry.',
          tried: 'A pilot.',
          happened: 'Nothing.',
          learned: 'Sponsors matter.',
        },
      },
    });
    const proposeItem = (who: Person, payload: object) =>
      t.request({
        method: 'POST',
        url: `/api/meetups/${meetup.id}/agenda`,
        cookie: who.cookie,
        payload,
      });
    const first = await proposeItem(amra, {
      title: 'Why our pilot failed',
      kind: 'failure_story',
      minutes: 20,
      threadId: story.json().id,
    });
    expect(first.statusCode, first.body).toBe(200);
    await proposeItem(bruno, { title: 'Train the trainers', kind: 'workshop', minutes: 45 });
    const badMinutes = await proposeItem(bruno, {
      title: 'Too long',
      kind: 'lesson',
      minutes: 600,
    });
    expect(badMinutes.statusCode).toBe(400);

    const forAmra = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: amra.cookie })
    ).json() as MeetupDetail;
    expect(forAmra.agenda.map((item) => item.title)).toEqual(['Why our pilot failed']);
    const forOrganiser = (
      await t.request({ method: 'GET', url: `/api/meetups/${meetup.id}`, cookie: organiser.cookie })
    ).json() as MeetupDetail;
    expect(forOrganiser.agenda).toHaveLength(2);
    const [pilot, training] = forOrganiser.agenda;
    if (!pilot || !training) throw new Error('no agenda');

    const decide = (who: Person, itemId: string, status: string) =>
      t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/agenda/${itemId}`,
        cookie: who.cookie,
        payload: { status },
      });
    expect((await decide(amra, pilot.id, 'accepted')).statusCode).toBe(403);
    await decide(organiser, pilot.id, 'accepted');
    await decide(organiser, training.id, 'accepted');
    expect(await kindsFor(amra, meetup.id)).toContain('agenda_accepted');

    const ordered = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/agenda-order`,
      cookie: organiser.cookie,
      payload: {
        items: [
          { id: training.id, startsAt: '2030-03-14T18:15' },
          { id: pilot.id, startsAt: null },
        ],
      },
    });
    const agenda = (ordered.json() as MeetupDetail).agenda;
    expect(agenda.map((item) => [item.title, item.position, item.startsAt])).toEqual([
      ['Train the trainers', 1, '2030-03-14T17:15:00.000Z'],
      ['Why our pilot failed', 2, null],
    ]);
    expect(agenda[1]?.thread).toMatchObject({
      title: 'The pilot that never left the lab',
      kind: 'failure',
    });
    const partial = await t.request({
      method: 'PUT',
      url: `/api/meetups/${meetup.id}/agenda-order`,
      cookie: organiser.cookie,
      payload: { items: [{ id: training.id }] },
    });
    expect(partial.statusCode).toBe(400);
  });

  it('refuses a link to a cohort thread, whose title others may not see', async () => {
    const meetup = await scheduled();
    const secret = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: { kind: 'discussion', title: 'Cohort only talk', body: 'x', cohortId },
    });
    const response = await t.request({
      method: 'POST',
      url: `/api/meetups/${meetup.id}/agenda`,
      cookie: amra.cookie,
      payload: { title: 'About our talk', kind: 'other', minutes: 10, threadId: secret.json().id },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('organiser tools', () => {
  it('exports the attendees as CSV for organisers only, with formulas defused', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    const tricky = await person({ name: '=HYPERLINK("http://evil.example","x")' });
    await rsvp(amra, meetup.id, 'going');
    await rsvp(tricky, meetup.id, 'maybe');
    const url = `/api/meetups/${meetup.id}/attendees.csv`;
    expect((await t.request({ method: 'GET', url, cookie: amra.cookie })).statusCode).toBe(403);
    const response = await t.request({ method: 'GET', url, cookie: organiser.cookie });
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('"Name","E-mail","Organisation","Answer","Since"');
    expect(lines[1]).toMatch(/^"Amra Hadžić","[^"]+@example\.org","","going","/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",.*"maybe"/);
  });

  it('starts the CSV with a UTF-8 byte-order mark, so a spreadsheet reads "Delić" as written', async () => {
    const meetup = await scheduled(null, { cohortIds: [] });
    const jasmin = await person({ name: 'Jasmin Delić' });
    await rsvp(jasmin, meetup.id, 'going');
    const response = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}/attendees.csv`,
      cookie: organiser.cookie,
    });
    const bytes = new Uint8Array(response.rawPayload);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // As Excel opens a CSV: UTF-8 when the byte-order mark says so, else the Windows code page.
    const asExcelReads = (file: Uint8Array) =>
      file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf
        ? new TextDecoder('utf-8', { ignoreBOM: false }).decode(file)
        : new TextDecoder('windows-1252').decode(file);
    const text = asExcelReads(bytes);
    expect(text.startsWith('"Name","E-mail","Organisation","Answer","Since"\r\n')).toBe(true);
    expect(text).toContain('"Jasmin Delić",');
    // The same file without the mark is what Excel garbled before.
    const withoutMark = asExcelReads(bytes.subarray(3));
    expect(withoutMark).not.toContain('Delić');
    expect(withoutMark).toContain('"Jasmin DeliÄ');
  });

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

describe('review findings', () => {
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

  it('exports with an ASCII file name, and e-mails only as the profile would show them', async () => {
    const steward = await person({ handle: 'stew', name: 'Stew Steward' });
    const series = await newSeries({ cohortIds: [], organiserIds: [steward.id] });
    const poll = await propose(series.id, { title: 'Састанак Đurđevdan' });
    await t.request({
      method: 'POST',
      url: `/api/meetups/${poll.id}/schedule`,
      cookie: steward.cookie,
      payload: { slotId: poll.slots[0]?.id },
    });
    const shy = await createMember(t.database.db, {
      name: 'Shy Member',
      profile: { emailVisibility: 'organisers' },
    });
    const shyPerson = { id: shy.id, cookie: await t.signIn(shy.email, TEST_PASSWORD) };
    await rsvp(shyPerson, poll.id, 'going');
    const csv = await t.request({
      method: 'GET',
      url: `/api/meetups/${poll.id}/attendees.csv`,
      cookie: steward.cookie,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="durdevdan-attendees.csv"',
    );
    expect(csv.body).toContain('"Shy Member","",');
    const asOrganiser = await t.request({
      method: 'GET',
      url: `/api/meetups/${poll.id}/attendees.csv`,
      cookie: organiser.cookie,
    });
    expect(asOrganiser.body).toContain(`"Shy Member","${shy.email}",`);
  });

  it('frees the seat of a deactivated member for the next in line', async () => {
    const meetup = await scheduled(1, { cohortIds: [] });
    const leaver = await person();
    await rsvp(leaver, meetup.id, 'going');
    await t.database.db
      .update(members)
      .set({ deactivatedAt: new Date() })
      .where(eq(members.id, leaver.id));
    const answer = (await rsvp(amra, meetup.id, 'going')).json() as MeetupDetail;
    expect(answer.myRsvp).toBe('going');
    expect(answer.attendees.going.map((a) => a.handle)).toEqual(['amra']);
  });
});
