import type { Outcomes } from '@praxis/contracts/outcomes';
import { TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutcomesNetwork } from '../../testing/outcomes-network.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// The network of testing/outcomes-network.ts, whose figures each test works out by hand. All
// times are UTC; the period asked for is January to March 2025, long past.
//
// Programme P: cohort A (ann, bob, gone — deactivated), cohort B (cat, fay).
// Programme Q: cohort C (dan). eve, gus, org (organiser) and mem are in no cohort.
// Joined in the period: bob 2025-01-05, fay 01-20, cat 02-10, gus 03-25; the others before or after.

let t: TestApp;
let organiser: string;
let member: string;
let ids: Record<string, string> = {};

async function get(query: string, cookie = organiser) {
  return t.request({ method: 'GET', url: `/api/outcomes?${query}`, cookie });
}

async function figures(query: string): Promise<Outcomes> {
  const response = await get(query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Outcomes;
}

const PERIOD = 'from=2025-01&to=2025-03';

beforeAll(async () => {
  t = await createTestApp();
  const network = await buildOutcomesNetwork(t.database.db);
  ids = network.ids;
  organiser = await t.signIn(network.organiser.email, TEST_PASSWORD);
  member = await t.signIn(network.member.email, TEST_PASSWORD);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/outcomes', () => {
  it('counts questions, medians and unanswered ones over the whole network', async () => {
    const { questions } = await figures(PERIOD);
    // q1-q5 (q6 hidden, q7 before the period); answered q1, q2, q5; solved q1, q2;
    // unanswered q3, q4. First answers after 2, 6 and 10 h: median 6. Solutions after 24
    // and 6 h: median 15.
    expect(questions).toEqual({
      asked: 5,
      answered: 3,
      solved: 2,
      medianHoursToFirstAnswer: 6,
      medianHoursToSolution: 15,
      unansweredOverAWeek: 2,
      byMonth: [
        { month: '2025-01', asked: 1, answered: 1, solved: 1 },
        { month: '2025-02', asked: 2, answered: 1, solved: 1 },
        { month: '2025-03', asked: 2, answered: 1, solved: 0 },
      ],
    });
  });

  it('counts stories and advice requests by month', async () => {
    const { stories, advice } = await figures(PERIOD);
    // s1 success, s2 and s3 failures; s4 is hidden.
    expect(stories).toEqual({
      success: 1,
      failure: 2,
      byMonth: [
        { month: '2025-01', success: 1, failure: 0 },
        { month: '2025-02', success: 0, failure: 1 },
        { month: '2025-03', success: 0, failure: 1 },
      ],
    });
    // Answered: cat on q1 (replied the next day) and dan on q2 (an hour later).
    expect(advice).toEqual({
      asked: 4,
      answered: 2,
      byMonth: [
        { month: '2025-01', asked: 2, answered: 1 },
        { month: '2025-02', asked: 2, answered: 1 },
        { month: '2025-03', asked: 0, answered: 0 },
      ],
    });
  });

  it('counts active members per month and per cohort, and newcomers who never came back', async () => {
    const { activeMembers, newcomers } = await figures(PERIOD);
    // January: ann (q1, s1), bob and cat (replies), fay (helpful). February: bob, dan, cat, and
    // ann (vote, RSVP, contribution). March: dan, ann, eve, mem (helpful), org (chat).
    expect(activeMembers.byMonth).toEqual([
      { month: '2025-01', active: 4 },
      { month: '2025-02', active: 4 },
      { month: '2025-03', active: 5 },
    ]);
    // Cohorts latest year first, then by name: A (ann, bob), B (cat, fay), C (dan).
    expect(
      activeMembers.byCohort.map(({ cohort, months }) => [
        cohort.name,
        months.map((m) => m.active),
      ]),
    ).toEqual([
      ['Cohort A', [2, 2, 1]],
      ['Cohort B', [2, 1, 0]],
      ['Cohort C', [0, 1, 1]],
    ]);
    // Joined: bob, fay, cat, gus. bob and cat did something after their first week; fay (only
    // the day after joining) and gus (nothing) never came back.
    expect(newcomers).toEqual({ joined: 4, neverCameBack: 2 });
  });

  it('shows each meetup of the period as a funnel, latest first', async () => {
    const { meetups } = await figures(PERIOD);
    // M1 invites the network's nine active accounts (gone is deactivated); M2 cohort C's dan.
    expect(meetups.map(({ id, startsAt, ...funnel }) => funnel)).toEqual([
      {
        title: 'Spring exchange',
        invited: 9,
        voted: 3,
        going: 3,
        attended: 3,
        contributed: 1,
      },
      { title: 'Cohort C day', invited: 1, voted: 0, going: 1, attended: 1, contributed: 0 },
    ]);
    expect(meetups[0]?.startsAt).toBe('2025-03-10T18:00:00.000Z');
  });

  it('narrows every figure to the members of a programme', async () => {
    const result = await figures(`${PERIOD}&programme=${ids.P}`);
    expect(result.programme).toEqual({ id: ids.P, name: 'Programme P' });
    // ann, bob, cat, fay: q1, q2, q3, q5; q3 unanswered.
    expect(result.questions).toMatchObject({
      asked: 4,
      answered: 3,
      solved: 2,
      unansweredOverAWeek: 1,
      medianHoursToFirstAnswer: 6,
      medianHoursToSolution: 15,
    });
    expect([result.stories.success, result.stories.failure]).toEqual([1, 1]);
    expect([result.advice.asked, result.advice.answered]).toEqual([4, 2]);
    expect(result.activeMembers.byMonth.map((m) => m.active)).toEqual([4, 3, 1]);
    expect(result.activeMembers.byCohort.map((c) => c.cohort.name)).toEqual([
      'Cohort A',
      'Cohort B',
    ]);
    expect(result.newcomers).toEqual({ joined: 3, neverCameBack: 1 });
    // Only M1 invites them: ann, bob, cat, fay; ann and bob going, ann attended and contributed.
    expect(result.meetups.map(({ id, startsAt, ...funnel }) => funnel)).toEqual([
      { title: 'Spring exchange', invited: 4, voted: 3, going: 2, attended: 1, contributed: 1 },
    ]);
  });

  it('narrows to one cohort, with no median where nothing was answered', async () => {
    const result = await figures(`${PERIOD}&cohort=${ids.B}`);
    expect(result.cohort).toEqual({ id: ids.B, name: 'Cohort B' });
    // cat's q3 only.
    expect(result.questions).toMatchObject({
      asked: 1,
      answered: 0,
      medianHoursToFirstAnswer: null,
      medianHoursToSolution: null,
      unansweredOverAWeek: 1,
    });
    expect([result.advice.asked, result.advice.answered]).toEqual([1, 0]);
    expect(result.activeMembers.byMonth.map((m) => m.active)).toEqual([2, 1, 0]);
  });

  it('defaults to the twelve months up to this one', async () => {
    const result = await figures('');
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(result.period.to).toBe(thisMonth);
    expect(result.period.months).toHaveLength(12);
  });

  it('returns 403 to a member who is not an organiser', async () => {
    const response = await get(PERIOD, member);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      'Only organisers and admins can see the outcomes dashboard.',
    );
  });

  it('returns 401 without a session', async () => {
    const response = await t.request({ method: 'GET', url: `/api/outcomes?${PERIOD}` });
    expect(response.statusCode).toBe(401);
  });

  it.each([
    ['from=2025-13', 'from', 'Give a month as YYYY-MM, for example 2026-03.'],
    ['from=2025-1&to=2025-03', 'from', 'Give a month as YYYY-MM, for example 2026-03.'],
    ['from=2025-04&to=2025-03', 'to', 'The last month cannot come before the first.'],
    ['from=2022-01&to=2025-01', 'from', 'Choose at most 36 months at once.'],
    ['cohort=not-a-cohort', 'cohort', 'Not a cohort id.'],
  ])('returns 400 for %s', async (query, field, message) => {
    const response = await get(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields?.[field]).toBe(message);
  });

  it('returns 400 for a cohort of another programme, 404 for an unknown one', async () => {
    const mismatch = await get(`${PERIOD}&programme=${ids.Q}&cohort=${ids.A}`);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields?.cohort).toBe('Not a cohort of this programme.');
    const unknown = await get(`${PERIOD}&cohort=00000000-0000-4000-8000-000000000000`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('This cohort does not exist (any more).');
  });
});
