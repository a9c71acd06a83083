import type { MemberPilots, SinceLastExchange } from '@praxis/contracts/pilot-updates';
import type { LinkedPilots, PilotBoard, PilotDetail } from '@praxis/contracts/pilots';
import { pilotUpdates } from '@praxis/db/schema/pilots';
import { createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pilotsTestApp, publishedLesson } from '../../testing/pilots-rest.ts';

const { people, call, expectStatus, createPilot } = pilotsTestApp();

const DAY = 24 * 60 * 60 * 1000;

describe('GET /api/pilots (the board)', () => {
  it('lists by stage with counts, filtered by organisation and text, in keyset pages', async () => {
    const programme = await expectStatus(201, people.organiser, 'POST', '/api/programmes', {
      name: 'Board programme',
    });
    const make = (name: string, stage: 'idea' | 'concept' | 'scaled', organisations: string[]) =>
      createPilot(people.organiser, { programmeId: programme.id, name, stage, organisations });
    await make('Open data portal', 'concept', ['Sarajevo Canton']);
    await make('Citizen panels', 'idea', ['Mostar']);
    await make('Service blueprint', 'scaled', ['Sarajevo Canton']);
    const url = `/api/pilots?programme=${programme.id}`;
    const board = (await expectStatus(200, people.olli, 'GET', url)) as PilotBoard;
    expect(board.pilots.map((each) => each.name)).toEqual([
      'Citizen panels',
      'Open data portal',
      'Service blueprint',
    ]);
    expect(board.counts).toEqual({ idea: 1, concept: 1, pilot: 0, scaled: 1, stopped: 0 });
    const filtered = (await expectStatus(
      200,
      people.olli,
      'GET',
      `${url}&organisation=sarajevo%20canton&q=portal`,
    )) as PilotBoard;
    expect(filtered.pilots.map((each) => each.name)).toEqual(['Open data portal']);
    expect(filtered.counts).toEqual({ idea: 0, concept: 1, pilot: 0, scaled: 0, stopped: 0 });
    const first = (await expectStatus(200, people.olli, 'GET', `${url}&limit=2`)) as PilotBoard;
    const rest = (await expectStatus(
      200,
      people.olli,
      'GET',
      `${url}&limit=2&cursor=${first.nextCursor}`,
    )) as PilotBoard;
    expect(rest.pilots.map((each) => each.name)).toEqual(['Service blueprint']);
    expect(rest.nextCursor).toBeNull();
  });

  it('filters by track, cohort and stage, and answers a forged cursor with 400', async () => {
    const track = await expectStatus(
      201,
      people.organiser,
      'POST',
      `/api/programmes/${people.programmeId}/tracks`,
      { kind: 'other', name: 'Secondments' },
    );
    const pilot = await createPilot(people.bruno, {
      name: 'Seconded to the ministry',
      trackId: track.id,
      cohortId: people.cohortA,
      stage: 'pilot',
    });
    const board = (await expectStatus(
      200,
      people.cara,
      'GET',
      `/api/pilots?track=${track.id}&cohort=${people.cohortA}&stage=pilot`,
    )) as PilotBoard;
    expect(board.pilots.map((each) => [each.id, each.track?.name])).toEqual([
      [pilot.id, 'Secondments'],
    ]);
    const forged = await call(people.cara, 'GET', '/api/pilots?cursor=bm90LWpzb24');
    expect(forged.statusCode).toBe(400);
  });
});

describe('links, both ways', () => {
  it('links a pilot to a thread its team can see, shown from the thread side too', async () => {
    const pilot = await createPilot(people.amra);
    const thread = await expectStatus(201, people.amra, 'POST', '/api/threads', {
      kind: 'discussion',
      title: 'How we digitised permits',
      body: 'Notes.',
    });
    const link = await expectStatus(201, people.amra, 'POST', `/api/pilots/${pilot.id}/links`, {
      threadId: thread.id,
    });
    expect(link.target).toEqual({
      kind: 'thread',
      id: thread.id,
      title: 'How we digitised permits',
      threadKind: 'discussion',
    });
    const again = await call(people.amra, 'POST', `/api/pilots/${pilot.id}/links`, {
      threadId: thread.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('The pilot is already linked to it.');
    const linked = (await expectStatus(
      200,
      people.olli,
      'GET',
      `/api/pilots/linked?threadId=${thread.id}`,
    )) as LinkedPilots;
    expect(linked.pilots.map((each) => each.id)).toEqual([pilot.id]);
    await expectStatus(204, people.amra, 'DELETE', `/api/pilots/${pilot.id}/links/${link.id}`);
    const detail = (await expectStatus(
      200,
      people.amra,
      'GET',
      `/api/pilots/${pilot.id}`,
    )) as PilotDetail;
    expect(detail.links).toEqual([]);
  });

  it('shows a pilot linked to a meetup contribution only once the contribution is accepted', async () => {
    const meetup = await createMeetup(people.t.database.db);
    const proposed = await expectStatus(
      200,
      people.amra,
      'POST',
      `/api/meetups/${meetup.id}/agenda`,
      {
        title: 'Permits, a year on',
        kind: 'lesson',
        minutes: 10,
      },
    );
    const item = proposed.agenda.find(
      (each: { title: string }) => each.title === 'Permits, a year on',
    );
    const pilot = await createPilot(people.amra);
    await expectStatus(201, people.amra, 'POST', `/api/pilots/${pilot.id}/links`, {
      agendaItemId: item.id,
    });
    const linked = `/api/pilots/linked?meetupId=${meetup.id}`;
    expect(((await expectStatus(200, people.olli, 'GET', linked)) as LinkedPilots).pilots).toEqual(
      [],
    );
    const refused = await call(people.olli, 'POST', `/api/pilots/${pilot.id}/links`, {
      agendaItemId: item.id,
    });
    expect(refused.statusCode).toBe(403);
    await expectStatus(
      200,
      people.organiser,
      'PUT',
      `/api/meetups/${meetup.id}/agenda/${item.id}`,
      {
        status: 'accepted',
      },
    );
    const shown = (await expectStatus(200, people.olli, 'GET', linked)) as LinkedPilots;
    expect(shown.pilots.map((each) => each.id)).toEqual([pilot.id]);
  });
});

describe("a member's pilots on their profile", () => {
  it('lists the pilots they are on with their role, and the latest updates', async () => {
    const pilot = await createPilot(people.bruno, { name: 'Open budget' });
    await expectStatus(201, people.bruno, 'POST', `/api/pilots/${pilot.id}/updates`, {
      body: 'Budget published.',
      stage: 'concept',
    });
    const profile = (await expectStatus(
      200,
      people.olli,
      'GET',
      '/api/members/bruno/pilots',
    )) as MemberPilots;
    expect(profile.pilots.find((each) => each.id === pilot.id)).toMatchObject({
      role: 'lead',
      stage: 'concept',
    });
    expect(profile.updates[0]).toMatchObject({
      bodySource: 'Budget published.',
      stageTo: 'concept',
      pilot: { id: pilot.id, name: 'Open budget', stage: 'concept' },
    });
    const nobody = await call(people.olli, 'GET', '/api/members/nobody-here/pilots');
    expect(nobody.json().error.message).toBe('No member has the handle @nobody-here.');
  });
});

describe('GET /api/meetups/{id}/since-last-exchange', () => {
  it("lists the invited cohorts' updates and stage changes since the series' previous meetup", async () => {
    const db = people.t.database.db;
    const series = await createMeetupSeries(db, { cohortIds: [people.cohortA] });
    const previous = await createMeetup(db, {
      seriesId: series.id,
      startsAt: new Date(Date.now() - 60 * DAY),
      status: 'done',
    });
    const next = await createMeetup(db, { seriesId: series.id });
    const fromA = await createPilot(people.amra, { name: 'From A', cohortId: people.cohortA });
    const teamInA = await createPilot(people.organiser, { name: 'Team in A' });
    await expectStatus(
      200,
      people.organiser,
      'PUT',
      `/api/pilots/${teamInA.id}/team/${people.bruno.id}`,
      {
        role: 'analyst',
      },
    );
    const elsewhere = await createPilot(people.cara, { name: 'From B' });
    const post = (who: typeof people.amra, id: string, body: object) =>
      expectStatus(201, who, 'POST', `/api/pilots/${id}/updates`, body);
    const old = await post(people.amra, fromA.id, { body: 'Before the last exchange.' });
    await db
      .update(pilotUpdates)
      .set({ createdAt: new Date(Date.now() - 90 * DAY) })
      .where(eq(pilotUpdates.id, old.id));
    await post(people.amra, fromA.id, { body: 'Moved on.', stage: 'concept' });
    await post(people.bruno, teamInA.id, { body: 'Team news.' });
    await post(people.cara, elsewhere.id, { body: 'Not invited.' });
    const lessonOfA = await publishedLesson(db, 'Permits need a champion', people.cohortA);
    await publishedLesson(db, 'A lesson of B', people.cohortB);
    const since = (await expectStatus(
      200,
      people.amra,
      'GET',
      `/api/meetups/${next.id}/since-last-exchange`,
    )) as SinceLastExchange;
    expect(since.previousMeetup).toEqual({
      id: previous.id,
      title: previous.title,
      startsAt: previous.startsAt?.toISOString(),
    });
    // Bruno, of cohort A, is on earlier tests' pilots too: this test's own are looked at.
    const ours = new Set([fromA.id, teamInA.id, elsewhere.id]);
    const listed = since.updates.filter((each) => ours.has(each.pilot.id));
    expect(listed.map((each) => [each.pilot.name, each.bodySource, each.stageTo])).toEqual([
      ['Team in A', 'Team news.', null],
      ['From A', 'Moved on.', 'concept'],
    ]);
    expect(since.lessons.map((each) => [each.id, each.title])).toEqual([
      [lessonOfA, 'Permits need a champion'],
    ]);
    expect(since.truncated).toBe(false);
    const refused = await call(people.cara, 'GET', `/api/meetups/${next.id}/since-last-exchange`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe('This meetup does not exist, or you cannot see it.');
  });
});
