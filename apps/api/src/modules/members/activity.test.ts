import type { MemberActivity } from '@praxis/contracts/member-activity';
import { agendaItems } from '@praxis/db/schema/meetups';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  rsvp,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let author: { id: string; handle: string; cookie: string };
let outsider: { id: string; cookie: string };
let insider: { id: string; cookie: string };
let cohortId: string;
const DAY = 24 * 60 * 60 * 1000;

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return {
    id: member.id,
    handle: member.handle,
    cookie: await t.signIn(member.email, TEST_PASSWORD),
  };
}

async function post(cookie: string, payload: object): Promise<string> {
  const response = await t.request({ method: 'POST', url: '/api/threads', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const story = (kind: 'success' | 'failure', title: string, cohort: string | null = null) => ({
  kind,
  title,
  cohortId: cohort,
  story: { context: 'A city.', tried: 'A pilot.', happened: 'It worked.', learned: 'Start small.' },
});

/** `asker` asks a question, the author answers it, and the asker accepts the answer. */
async function acceptedAnswer(asker: { cookie: string }, title: string, cohort: string | null) {
  const threadId = await post(asker.cookie, {
    kind: 'question',
    title,
    body: 'How?',
    cohortId: cohort,
  });
  const reply = await t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie: author.cookie,
    payload: { body: 'Like this.' },
  });
  const accepted = await t.request({
    method: 'PUT',
    url: `/api/threads/${threadId}/accepted`,
    cookie: asker.cookie,
    payload: { replyId: reply.json().id },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return threadId;
}

async function activityOf(cookie: string, handle = author.handle) {
  return t.request({ method: 'GET', url: `/api/members/${handle}/activity`, cookie });
}

let networkStoryId: string;
let networkMeetupId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  author = await person({ handle: 'teller' });
  outsider = await person();
  insider = await person();
  cohortId = (await createCohort(db, { memberIds: [author.id, insider.id] })).id;

  networkStoryId = await post(author.cookie, story('success', 'Open budgeting that worked'));
  await post(author.cookie, story('failure', 'Cohort-only pilot that failed', cohortId));
  await post(author.cookie, { kind: 'discussion', title: 'Not a story at all', body: 'Talk.' });
  await acceptedAnswer(outsider, 'A network question answered', null);
  await acceptedAnswer(insider, 'A cohort question answered', cohortId);

  const past = new Date(Date.now() - 40 * DAY);
  const networkSeries = await createMeetupSeries(db);
  const cohortSeries = await createMeetupSeries(db, { cohortIds: [cohortId] });
  const networkMeetup = await createMeetup(db, {
    seriesId: networkSeries.id,
    title: 'Spring exchange',
    status: 'done',
    startsAt: past,
  });
  networkMeetupId = networkMeetup.id;
  const cohortMeetup = await createMeetup(db, {
    seriesId: cohortSeries.id,
    title: 'Cohort reunion',
    status: 'done',
    startsAt: new Date(Date.now() - 20 * DAY),
  });
  const upcoming = await createMeetup(db, { seriesId: networkSeries.id, title: 'Next one' });
  const cancelled = await createMeetup(db, {
    seriesId: networkSeries.id,
    title: 'Called off',
    status: 'cancelled',
    startsAt: new Date(Date.now() - 10 * DAY),
  });
  const maybe = await createMeetup(db, {
    seriesId: networkSeries.id,
    title: 'Only a maybe',
    status: 'done',
    startsAt: new Date(Date.now() - 5 * DAY),
  });
  for (const meetup of [networkMeetup, cohortMeetup, upcoming, cancelled]) {
    await rsvp(db, meetup.id, author.id, 'going');
  }
  await rsvp(db, maybe.id, author.id, 'maybe');
  await db.insert(agendaItems).values([
    {
      meetupId: networkMeetup.id,
      speakerId: author.id,
      title: 'How open budgeting worked',
      kind: 'success_story',
      minutes: 20,
      threadId: networkStoryId,
      status: 'accepted',
      position: 1,
    },
    {
      meetupId: cohortMeetup.id,
      speakerId: author.id,
      title: 'Cohort lessons',
      kind: 'lesson',
      minutes: 15,
      status: 'accepted',
      position: 1,
    },
    {
      meetupId: networkMeetup.id,
      speakerId: author.id,
      title: 'A proposal still waiting',
      kind: 'workshop',
      minutes: 30,
      status: 'proposed',
    },
  ]);
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/members/:handle/activity', () => {
  it("lists and counts only what a member outside the author's cohort may see", async () => {
    const response = await activityOf(outsider.cookie);
    expect(response.statusCode, response.body).toBe(200);
    const activity = response.json() as MemberActivity;
    expect(activity.stories.count).toBe(1);
    expect(activity.stories.items).toEqual([
      expect.objectContaining({
        id: networkStoryId,
        title: 'Open budgeting that worked',
        kind: 'success',
      }),
    ]);
    expect(activity.acceptedAnswers.count).toBe(1);
    expect(activity.acceptedAnswers.items.map((answer) => answer.threadTitle)).toEqual([
      'A network question answered',
    ]);
    expect(activity.meetupsAttended.count).toBe(1);
    expect(activity.meetupsAttended.items.map((meetup) => meetup.title)).toEqual([
      'Spring exchange',
    ]);
    expect(activity.contributions.count).toBe(1);
    expect(activity.contributions.items).toEqual([
      expect.objectContaining({
        title: 'How open budgeting worked',
        kind: 'success_story',
        meetup: expect.objectContaining({ id: networkMeetupId, title: 'Spring exchange' }),
        thread: { id: networkStoryId, title: 'Open budgeting that worked', kind: 'success' },
      }),
    ]);
  });

  it('shows a member of the cohort its threads and meetups too, newest first', async () => {
    const activity = (await activityOf(insider.cookie)).json() as MemberActivity;
    expect(activity.stories.items.map((s) => s.title)).toEqual([
      'Cohort-only pilot that failed',
      'Open budgeting that worked',
    ]);
    expect(activity.stories.count).toBe(2);
    expect(activity.acceptedAnswers.items.map((a) => a.threadTitle)).toEqual([
      'A cohort question answered',
      'A network question answered',
    ]);
    // Not the upcoming one, nor the cancelled one, nor one they only said maybe to.
    expect(activity.meetupsAttended.items.map((m) => m.title)).toEqual([
      'Cohort reunion',
      'Spring exchange',
    ]);
    // Accepted contributions only: a proposal waiting for the organisers is not one yet.
    expect(activity.contributions.items.map((c) => c.title)).toEqual([
      'Cohort lessons',
      'How open budgeting worked',
    ]);
  });

  it('lists the five newest stories and counts them all', async () => {
    const prolific = await person();
    for (let index = 1; index <= 6; index += 1) {
      await post(prolific.cookie, story('success', `Story number ${index}`));
    }
    const activity = (await activityOf(outsider.cookie, prolific.handle)).json() as MemberActivity;
    expect(activity.stories.count).toBe(6);
    expect(activity.stories.items.map((s) => s.title)).toEqual([
      'Story number 6',
      'Story number 5',
      'Story number 4',
      'Story number 3',
      'Story number 2',
    ]);
    expect(activity.acceptedAnswers).toEqual({ count: 0, items: [] });
  });

  it('returns 404 for an unknown handle and, to members, for a deactivated member', async () => {
    const unknown = await activityOf(outsider.cookie, 'nobody-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('No member has the handle @nobody-here.');
    const gone = await createMember(t.database.db, { deactivated: true });
    expect((await activityOf(outsider.cookie, gone.handle)).statusCode).toBe(404);
    const organiser = await person({ role: 'organiser' });
    expect((await activityOf(organiser.cookie, gone.handle)).statusCode).toBe(200);
  });
});
