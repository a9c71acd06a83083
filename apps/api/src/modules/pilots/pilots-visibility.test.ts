import type { MemberPilots, SinceLastExchange } from '@praxis/contracts/pilot-updates';
import type { LinkedPilots, PilotBoard, PilotDetail } from '@praxis/contracts/pilots';
import { notifications } from '@praxis/db/schema/notifications';
import { createMeetup, createMeetupSeries } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Person, pilotsTestApp, publishedLesson } from '../../testing/pilots-rest.ts';

// A cohort-only pilot and a cohort-only thread of cohort A, and a network pilot linked to both:
// cara (cohort B of the same programme) and olli (no cohort) must never learn of the first two,
// by any route; bruno (cohort A) sees them all.

const { people, call, expectStatus, createPilot, notificationsOf } = pilotsTestApp();

const SECRET = 'Kestrel';
let secretPilot: PilotDetail;
let openPilot: PilotDetail;
let secretThreadId: string;
let meetupId: string;

beforeAll(async () => {
  secretPilot = await createPilot(people.amra, {
    name: `${SECRET} permits`,
    summary: `The ${SECRET} summary.`,
    cohortId: people.cohortA,
    visibility: 'cohort',
    organisations: [`${SECRET} municipality`],
  });
  openPilot = await createPilot(people.amra, { name: 'Open permits' });
  secretThreadId = (
    await expectStatus(201, people.amra, 'POST', '/api/threads', {
      kind: 'failure',
      title: `What the ${SECRET} pilot taught us`,
      cohortId: people.cohortA,
      story: { context: 'A town.', tried: 'Permits.', happened: 'Slow.', learned: 'Ask.' },
    })
  ).id;
  for (const pilot of [secretPilot, openPilot]) {
    await expectStatus(201, people.amra, 'POST', `/api/pilots/${pilot.id}/links`, {
      threadId: secretThreadId,
    });
  }
  await expectStatus(201, people.amra, 'POST', `/api/pilots/${secretPilot.id}/updates`, {
    body: `The ${SECRET} update.`,
    stage: 'pilot',
  });
  await expectStatus(201, people.amra, 'POST', `/api/pilots/${openPilot.id}/updates`, {
    body: 'An open update.',
  });
  await publishedLesson(people.t.database.db, `The ${SECRET} lesson`, people.cohortA, [
    people.cohortA,
  ]);
  const series = await createMeetupSeries(people.t.database.db);
  meetupId = (await createMeetup(people.t.database.db, { seriesId: series.id })).id;
});

/** Every read an outsider could try, each answered without the secret. */
async function readsOf(who: Person) {
  const urls = [
    `/api/pilots?programme=${people.programmeId}`,
    `/api/pilots?q=${SECRET}`,
    `/api/pilots?organisation=${SECRET}%20municipality`,
    `/api/pilots/${secretPilot.id}`,
    `/api/pilots/${secretPilot.id}/updates`,
    `/api/pilots/${openPilot.id}`,
    `/api/pilots/${openPilot.id}/updates`,
    `/api/pilots/linked?threadId=${secretThreadId}`,
    '/api/members/amra/pilots',
    `/api/meetups/${meetupId}/since-last-exchange`,
    '/api/notifications',
  ];
  return Promise.all(urls.map(async (url) => ({ url, response: await call(who, 'GET', url) })));
}

describe('a cohort-only pilot, to a member outside its cohort', () => {
  it('never shows its name, summary, organisations or updates, nor the cohort thread, on any read', async () => {
    for (const outsider of [people.cara, people.olli]) {
      for (const { url, response } of await readsOf(outsider)) {
        expect(response.body, url).not.toContain(SECRET);
        expect(response.body, url).not.toContain(secretPilot.id);
      }
    }
  });

  it("answers its page, its timeline and the cohort thread's pilots with 404", async () => {
    const page = await call(people.cara, 'GET', `/api/pilots/${secretPilot.id}`);
    expect(page.statusCode).toBe(404);
    expect(page.json().error.message).toBe('This pilot does not exist, or you cannot see it.');
    const linked = await call(people.cara, 'GET', `/api/pilots/linked?threadId=${secretThreadId}`);
    expect(linked.statusCode).toBe(404);
    expect(linked.json().error.message).toBe(
      'There is no such thread, lesson or meetup contribution, or you cannot see it.',
    );
    const follow = await call(people.cara, 'PUT', `/api/pilots/${secretPilot.id}/following`, {
      following: true,
    });
    expect(follow.statusCode).toBe(404);
  });

  it('shows the network pilot without its link to the cohort thread', async () => {
    const outside = (await expectStatus(
      200,
      people.cara,
      'GET',
      `/api/pilots/${openPilot.id}`,
    )) as PilotDetail;
    expect(outside.links).toEqual([]);
    const inside = (await expectStatus(
      200,
      people.bruno,
      'GET',
      `/api/pilots/${openPilot.id}`,
    )) as PilotDetail;
    expect(inside.links.map((link) => link.target.title)).toEqual([
      `What the ${SECRET} pilot taught us`,
    ]);
  });

  it('lets a member of the cohort find it on the board, the thread, the profile and since the last exchange', async () => {
    const bruno = people.bruno;
    const board = (await expectStatus(200, bruno, 'GET', `/api/pilots?q=${SECRET}`)) as PilotBoard;
    expect(board.pilots.map((each) => each.id)).toEqual([secretPilot.id]);
    const linked = (await expectStatus(
      200,
      bruno,
      'GET',
      `/api/pilots/linked?threadId=${secretThreadId}`,
    )) as LinkedPilots;
    expect(linked.pilots.map((each) => each.id).sort()).toEqual(
      [secretPilot.id, openPilot.id].sort(),
    );
    const profile = (await expectStatus(
      200,
      bruno,
      'GET',
      '/api/members/amra/pilots',
    )) as MemberPilots;
    expect(profile.pilots.map((each) => each.id)).toContain(secretPilot.id);
    const since = (await expectStatus(
      200,
      bruno,
      'GET',
      `/api/meetups/${meetupId}/since-last-exchange`,
    )) as SinceLastExchange;
    expect(since.previousMeetup).toBeNull();
    expect(since.updates.map((each) => each.bodySource)).toEqual([
      'An open update.',
      `The ${SECRET} update.`,
    ]);
    const outside = (await expectStatus(
      200,
      people.cara,
      'GET',
      `/api/meetups/${meetupId}/since-last-exchange`,
    )) as SinceLastExchange;
    expect(outside.updates.map((each) => each.bodySource)).toEqual(['An open update.']);
    expect(since.lessons.map((each) => each.title)).toEqual([`The ${SECRET} lesson`]);
    expect(outside.lessons).toEqual([]);
  });
});

describe('followers of a cohort-only pilot', () => {
  it('are told of a stage change, and no longer once they left the cohort', async () => {
    const pilot = await createPilot(people.amra, {
      name: 'Followed pilot',
      cohortId: people.cohortA,
      visibility: 'cohort',
    });
    await expectStatus(200, people.bruno, 'PUT', `/api/pilots/${pilot.id}/following`, {
      following: true,
    });
    const post = (body: object) =>
      expectStatus(201, people.amra, 'POST', `/api/pilots/${pilot.id}/updates`, body);
    await post({ body: 'Now a concept.', stage: 'concept' });
    const told = async () =>
      (await notificationsOf(people.bruno)).filter((each) => each.pilot?.id === pilot.id);
    expect((await told()).map((each) => [each.kind, each.detail.stage])).toEqual([
      ['pilot_update', 'concept'],
    ]);
    await expectStatus(
      204,
      people.organiser,
      'DELETE',
      `/api/cohorts/${people.cohortA}/members/${people.bruno.id}`,
    );
    await post({ body: 'Now a pilot.', stage: 'pilot' });
    // Neither the new update nor the earlier one: a notification shows only what its reader may see.
    expect(await told()).toEqual([]);
    const stored = await people.t.database.db
      .select({ kind: notifications.kind, detail: notifications.detail })
      .from(notifications)
      .where(and(eq(notifications.memberId, people.bruno.id), eq(notifications.pilotId, pilot.id)));
    expect(stored).toEqual([{ kind: 'pilot_update', detail: { stage: 'concept' } }]);
  });
});

describe('a deactivated team member', () => {
  it('is shown on the pilot to organisers only', async () => {
    const pilot = await createPilot(people.amra, { name: 'Team with a leaver' });
    await expectStatus(200, people.amra, 'PUT', `/api/pilots/${pilot.id}/team/${people.olli.id}`, {
      role: 'analyst',
    });
    await expectStatus(
      200,
      people.organiser,
      'POST',
      `/api/members/${people.olli.handle}/deactivate`,
      {},
    );
    const handles = async (who: Person) =>
      ((await expectStatus(200, who, 'GET', `/api/pilots/${pilot.id}`)) as PilotDetail).team.map(
        (each) => each.member.handle,
      );
    expect(await handles(people.cara)).toEqual(['amra']);
    expect(await handles(people.organiser)).toEqual(['amra', 'olli']);
  });
});
