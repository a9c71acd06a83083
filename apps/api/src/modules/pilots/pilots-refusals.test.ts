import { createCohort, createProgramme } from '@praxis/db/testing/factories';
import { describe, expect, it } from 'vitest';
import { type Person, pilotsTestApp } from '../../testing/pilots-rest.ts';

// Each refusal of the pilots routes not met on the way through pilots.test.ts, with its status,
// its message and, where it names one, its field.

const { people, call, createPilot, expectStatus } = pilotsTestApp();

const NONE = '00000000-0000-4000-8000-000000000000';

async function refusal(
  who: Person,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  const response = await call(who, method, url, payload);
  return { status: response.statusCode, ...response.json().error };
}

describe('refusals of the pilots routes', () => {
  it('refuses a new pilot that starts stopped, and a cohort of another programme', async () => {
    expect(
      await refusal(people.amra, 'POST', '/api/pilots', {
        programmeId: people.programmeId,
        name: 'Born stopped',
        stage: 'stopped',
      }),
    ).toMatchObject({
      status: 400,
      fields: {
        stage:
          'A new pilot starts as an idea, a concept, a pilot or scaled; stop it later with an update.',
      },
    });
    const elsewhere = await createCohort(people.t.database.db, {
      programmeId: (await createProgramme(people.t.database.db)).id,
    });
    expect(
      await refusal(people.organiser, 'POST', '/api/pilots', {
        programmeId: people.programmeId,
        name: 'Wrong cohort',
        cohortId: elsewhere.id,
      }),
    ).toMatchObject({
      status: 400,
      message: "Choose a cohort of the pilot's programme.",
      fields: { cohortId: 'Not a cohort of this programme.' },
    });
  });

  it('refuses making a pilot cohort-only without its cohort', async () => {
    const pilot = await createPilot(people.amra);
    expect(
      await refusal(people.amra, 'PATCH', `/api/pilots/${pilot.id}`, { visibility: 'cohort' }),
    ).toMatchObject({
      status: 400,
      fields: {
        cohortId: 'Choose the cohort that sees the pilot, or show it to the whole network.',
      },
    });
  });

  it('refuses deleting a pilot to those outside its team, and lets its team do it', async () => {
    const pilot = await createPilot(people.amra);
    expect(await refusal(people.bruno, 'DELETE', `/api/pilots/${pilot.id}`)).toMatchObject({
      status: 403,
      message: "Only the pilot's team and organisers can delete it.",
    });
    await expectStatus(204, people.amra, 'DELETE', `/api/pilots/${pilot.id}`);
    expect(await refusal(people.amra, 'DELETE', `/api/pilots/${pilot.id}`)).toMatchObject({
      status: 404,
      message: 'This pilot does not exist, or you cannot see it.',
    });
  });

  it('lets only a lead or an organiser take the lead off the team or delete the pilot', async () => {
    const pilot = await createPilot(people.amra);
    const team = `/api/pilots/${pilot.id}/team`;
    await expectStatus(200, people.amra, 'PUT', `${team}/${people.bruno.id}`, { role: 'analyst' });
    expect(await refusal(people.bruno, 'DELETE', `${team}/${people.amra.id}`)).toMatchObject({
      status: 403,
      message: 'Only a lead of the pilot or an organiser can take a lead off its team.',
    });
    expect(await refusal(people.bruno, 'DELETE', `/api/pilots/${pilot.id}`)).toMatchObject({
      status: 403,
      message: 'Only a lead of the pilot or an organiser can delete it.',
    });
    // "Lead" however it is written; a lead may leave, and the analyst may leave too.
    await expectStatus(200, people.amra, 'PUT', `${team}/${people.bruno.id}`, { role: ' LEAD ' });
    await expectStatus(204, people.bruno, 'DELETE', `${team}/${people.amra.id}`);
    await expectStatus(204, people.bruno, 'DELETE', `/api/pilots/${pilot.id}`);
  });

  it('refuses a team change naming no active member, or one not in the team', async () => {
    const pilot = await createPilot(people.amra);
    expect(
      await refusal(people.amra, 'PUT', `/api/pilots/${pilot.id}/team/${NONE}`, { role: 'x' }),
    ).toMatchObject({ status: 404, message: 'There is no active member with this id.' });
    expect(
      await refusal(people.amra, 'DELETE', `/api/pilots/${pilot.id}/team/${people.cara.id}`),
    ).toMatchObject({ status: 404, message: "This member is not in the pilot's team." });
  });

  it('refuses a stop reason without a stop, and an update that is not there', async () => {
    const pilot = await createPilot(people.amra);
    const url = `/api/pilots/${pilot.id}/updates`;
    expect(
      await refusal(people.amra, 'POST', url, { body: 'On we go.', stopReason: 'None.' }),
    ).toMatchObject({
      status: 400,
      fields: { stopReason: 'Give a reason only when the update stops the pilot.' },
    });
    expect(await refusal(people.amra, 'PATCH', `${url}/${NONE}`, { body: 'X.' })).toMatchObject({
      status: 404,
      message: 'This update does not exist (any more).',
    });
  });

  it('refuses a link to no target or two, to what the member cannot see, and a link not there', async () => {
    const pilot = await createPilot(people.amra);
    const url = `/api/pilots/${pilot.id}/links`;
    const one = 'Choose exactly one thread, lesson or meetup contribution.';
    expect(await refusal(people.amra, 'POST', url, {})).toMatchObject({
      status: 400,
      message: one,
    });
    expect(
      await refusal(people.amra, 'POST', url, { threadId: NONE, lessonId: NONE }),
    ).toMatchObject({ status: 400, message: one });
    const theirs = await expectStatus(201, people.cara, 'POST', '/api/threads', {
      kind: 'discussion',
      title: 'Only for cohort B',
      body: 'Hello B.',
      cohortId: people.cohortB,
    });
    expect(await refusal(people.amra, 'POST', url, { threadId: theirs.id })).toMatchObject({
      status: 404,
      message: 'There is no such thread, lesson or meetup contribution, or you cannot see it.',
    });
    expect(await refusal(people.amra, 'DELETE', `${url}/${NONE}`)).toMatchObject({
      status: 404,
      message: 'This link does not exist (any more).',
    });
  });
});
