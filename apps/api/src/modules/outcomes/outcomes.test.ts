import type { Outcomes } from '@praxis/contracts/outcomes';
import { adviceRequests } from '@praxis/db/schema/advice';
import { messages, rooms } from '@praxis/db/schema/chat';
import {
  agendaItems,
  meetupCheckIns,
  meetupSlots,
  meetupVotes,
  rsvps,
} from '@praxis/db/schema/meetups';
import { helpfulMarks, replies, threads } from '@praxis/db/schema/threads';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  createProgramme,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// One small network whose figures are worked out by hand below. All times are UTC; the period
// asked for is January to March 2025, long past, so "over a week ago" holds for all of it.
//
// Programme P: cohort A (ann, bob, gone — deactivated), cohort B (cat, fay).
// Programme Q: cohort C (dan). eve, gus, org (organiser) and mem are in no cohort.
// Joined in the period: bob 2025-01-05, fay 01-20, cat 02-10, gus 03-25; the others before or after.

let t: TestApp;
let organiser: string;
let member: string;
const ids: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}Z`);

async function thread(
  key: string,
  author: string,
  kind: 'question' | 'success' | 'failure',
  createdAt: string,
  hidden = false,
) {
  const [row] = await t.database.db
    .insert(threads)
    .values({
      kind,
      title: `Thread ${key}`,
      authorId: ids[author] ?? '',
      createdAt: at(createdAt),
      lastActivityAt: at(createdAt),
      hiddenAt: hidden ? at(createdAt) : null,
    })
    .returning({ id: threads.id });
  ids[key] = row?.id ?? '';
}

async function reply(key: string, on: string, author: string, createdAt: string, deleted = false) {
  const [row] = await t.database.db
    .insert(replies)
    .values({
      threadId: ids[on] ?? '',
      authorId: ids[author] ?? '',
      bodySource: 'An answer.',
      bodyHtml: '<p>An answer.</p>',
      createdAt: at(createdAt),
      deletedAt: deleted ? at(createdAt) : null,
    })
    .returning({ id: replies.id });
  ids[key] = row?.id ?? '';
}

async function accept(question: string, answer: string) {
  await t.database.db
    .update(threads)
    .set({ acceptedReplyId: ids[answer] ?? '' })
    .where(eq(threads.id, ids[question] ?? ''));
}

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
  const db = t.database.db;
  const person = async (handle: string, createdAt?: string, extra = {}) => {
    const row = await createMember(db, {
      handle,
      ...extra,
      profile: createdAt ? { createdAt: at(createdAt) } : {},
    });
    ids[handle] = row.id;
    return row;
  };
  await person('ann', '2024-06-01T00:00:00');
  await person('bob', '2025-01-05T00:00:00');
  await person('cat', '2025-02-10T00:00:00');
  await person('dan', '2024-05-01T00:00:00');
  await person('eve', '2024-01-01T00:00:00');
  await person('fay', '2025-01-20T00:00:00');
  await person('gus', '2025-03-25T00:00:00');
  await person('gone', undefined, { deactivated: true });
  const org = await person('org', undefined, { role: 'organiser' });
  const mem = await person('mem');
  organiser = await t.signIn(org.email, TEST_PASSWORD);
  member = await t.signIn(mem.email, TEST_PASSWORD);

  const p = await createProgramme(db, 'Programme P');
  const q = await createProgramme(db, 'Programme Q');
  ids.P = p.id;
  ids.Q = q.id;
  const cohort = async (key: string, programmeId: string, year: number, who: string[]) => {
    const row = await createCohort(db, {
      programmeId,
      name: `Cohort ${key}`,
      year,
      memberIds: who.map((handle) => ids[handle] ?? ''),
    });
    ids[key] = row.id;
  };
  await cohort('A', p.id, 2024, ['ann', 'bob', 'gone']);
  await cohort('B', p.id, 2024, ['cat', 'fay']);
  await cohort('C', q.id, 2023, ['dan']);

  // Questions. q1: first answer after 2 h (bob), solved by cat's reply after 24 h.
  await thread('q1', 'ann', 'question', '2025-01-10T10:00:00');
  await reply('q1b', 'q1', 'bob', '2025-01-10T12:00:00');
  await reply('q1c', 'q1', 'cat', '2025-01-11T10:00:00');
  await accept('q1', 'q1c');
  // q2: the asker's own reply is no answer; dan answers after 6 h and is accepted.
  await thread('q2', 'bob', 'question', '2025-02-01T00:00:00');
  await reply('q2b', 'q2', 'bob', '2025-02-01T01:00:00');
  await reply('q2d', 'q2', 'dan', '2025-02-01T06:00:00');
  await accept('q2', 'q2d');
  // q3: no reply at all. q4: only a deleted reply. Both unanswered for over a week.
  await thread('q3', 'cat', 'question', '2025-02-15T00:00:00');
  await thread('q4', 'dan', 'question', '2025-03-05T00:00:00');
  await reply('q4a', 'q4', 'ann', '2025-03-05T01:00:00', true);
  // q5: answered after 10 h, not solved. q6 hidden by a moderator, q7 before the period.
  await thread('q5', 'ann', 'question', '2025-03-20T00:00:00');
  await reply('q5e', 'q5', 'eve', '2025-03-20T10:00:00');
  await thread('q6', 'ann', 'question', '2025-03-21T00:00:00', true);
  await thread('q7', 'ann', 'question', '2024-12-31T23:00:00');

  // Stories: s4 is hidden.
  await thread('s1', 'ann', 'success', '2025-01-15T00:00:00');
  await thread('s2', 'cat', 'failure', '2025-02-20T00:00:00');
  await thread('s3', 'dan', 'failure', '2025-03-01T00:00:00');
  await thread('s4', 'eve', 'success', '2025-03-02T00:00:00', true);

  // Advice: ann asks dan (never replies on q1) and cat (replies the next day) on q1; bob asks
  // dan on q2 (replies an hour later); cat asks eve on q3 (no reply).
  const advice = (thread: string, by: string, asked: string, createdAt: string) => ({
    threadId: ids[thread] ?? '',
    askedById: ids[by] ?? '',
    memberId: ids[asked] ?? '',
    createdAt: at(createdAt),
  });
  await db
    .insert(adviceRequests)
    .values([
      advice('q1', 'ann', 'dan', '2025-01-10T11:00:00'),
      advice('q1', 'ann', 'cat', '2025-01-10T11:00:00'),
      advice('q2', 'bob', 'dan', '2025-02-01T05:00:00'),
      advice('q3', 'cat', 'eve', '2025-02-16T00:00:00'),
    ]);

  // Other activity: fay marks a post helpful the day after joining and never again; mem marks
  // one in March; org chats in March.
  await db.insert(helpfulMarks).values([
    { threadId: ids.s1 ?? '', memberId: ids.fay ?? '', createdAt: at('2025-01-21T00:00:00') },
    { threadId: ids.s1 ?? '', memberId: ids.mem ?? '', createdAt: at('2025-03-15T00:00:00') },
  ]);
  const [room] = await db
    .insert(rooms)
    .values({ kind: 'direct', directKey: 'outcomes-test' })
    .returning({ id: rooms.id });
  await db.insert(messages).values({
    roomId: room?.id ?? '',
    seq: 1,
    change: 1,
    authorId: ids.org ?? '',
    clientId: 'outcomes-test-1',
    body: 'Hello',
    html: '<p>Hello</p>',
    createdAt: at('2025-03-12T00:00:00'),
  });

  // M1, network-wide, on 10 March: ann, bob and cat vote; ann, bob and dan go (cat does not);
  // ann, dan and eve check in; ann's contribution is accepted, bob's only proposed, dan's declined.
  const network = await createMeetupSeries(db, { name: 'Inter-Transfo' });
  const m1 = await createMeetup(db, {
    seriesId: network.id,
    title: 'Spring exchange',
    status: 'done',
    startsAt: at('2025-03-10T18:00:00'),
  });
  ids.M1 = m1.id;
  const [slot] = await db
    .insert(meetupSlots)
    .values({
      meetupId: m1.id,
      startsAt: at('2025-03-10T18:00:00'),
      endsAt: at('2025-03-10T21:00:00'),
      timezone: 'Europe/Paris',
    })
    .returning({ id: meetupSlots.id });
  await db.insert(meetupVotes).values(
    (['ann', 'bob', 'cat'] as const).map((handle, i) => ({
      slotId: slot?.id ?? '',
      memberId: ids[handle] ?? '',
      choice: i === 1 ? ('no' as const) : ('yes' as const),
      updatedAt: at('2025-02-25T00:00:00'),
    })),
  );
  const answer = (meetup: string, handle: string, status: 'going' | 'not_going', day: string) => ({
    meetupId: ids[meetup] ?? '',
    memberId: ids[handle] ?? '',
    status,
    updatedAt: at(day),
  });
  await db
    .insert(rsvps)
    .values([
      answer('M1', 'ann', 'going', '2025-02-26T00:00:00'),
      answer('M1', 'bob', 'going', '2025-02-26T00:00:00'),
      answer('M1', 'cat', 'not_going', '2025-02-26T00:00:00'),
      answer('M1', 'dan', 'going', '2025-02-26T00:00:00'),
    ]);
  const checkIn = (meetup: string, handle: string, when: string) => ({
    meetupId: ids[meetup] ?? '',
    memberId: ids[handle] ?? '',
    checkedInAt: at(when),
  });
  await db
    .insert(meetupCheckIns)
    .values(['ann', 'dan', 'eve'].map((handle) => checkIn('M1', handle, '2025-03-10T18:05:00')));
  const contribution = (handle: string, status: 'accepted' | 'proposed' | 'declined') => ({
    meetupId: m1.id,
    speakerId: ids[handle] ?? '',
    title: `${handle}'s story`,
    kind: 'success_story' as const,
    minutes: 10,
    status,
    createdAt: at('2025-02-27T00:00:00'),
  });
  await db
    .insert(agendaItems)
    .values([
      contribution('ann', 'accepted'),
      contribution('bob', 'proposed'),
      contribution('dan', 'declined'),
    ]);

  // M2 invites cohort C only, on 5 February: dan answers on 1 February and checks in.
  const cohortSeries = await createMeetupSeries(db, {
    name: 'Cohort C days',
    cohortIds: [ids.C ?? ''],
  });
  const m2 = await createMeetup(db, {
    seriesId: cohortSeries.id,
    title: 'Cohort C day',
    status: 'done',
    startsAt: at('2025-02-05T09:00:00'),
  });
  ids.M2 = m2.id;
  await db.insert(rsvps).values(answer('M2', 'dan', 'going', '2025-02-01T00:00:00'));
  await db.insert(meetupCheckIns).values(checkIn('M2', 'dan', '2025-02-05T09:10:00'));
  // Neither a cancelled meetup nor one after the period counts.
  await createMeetup(db, {
    seriesId: network.id,
    status: 'cancelled',
    startsAt: at('2025-03-20T18:00:00'),
  });
  await createMeetup(db, { seriesId: network.id, startsAt: at('2025-05-01T18:00:00') });
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
