import type { PilotUpdatePage } from '@praxis/contracts/pilot-updates';
import type { PilotDetail } from '@praxis/contracts/pilots';
import { beforeAll, describe, expect, it } from 'vitest';
import { pilotsTestApp } from '../../testing/pilots-rest.ts';

const { people, call, expectStatus, createPilot, notificationsOf } = pilotsTestApp();

let trackId: string;
let otherTrackId: string;

beforeAll(async () => {
  const { organiser, programmeId } = people;
  trackId = (
    await expectStatus(201, organiser, 'POST', `/api/programmes/${programmeId}/tracks`, {
      kind: 'policy_lab',
    })
  ).id;
  const other = await expectStatus(201, organiser, 'POST', '/api/programmes', {
    name: 'La Transfo',
  });
  otherTrackId = (
    await expectStatus(201, organiser, 'POST', `/api/programmes/${other.id}/tracks`, {
      kind: 'training',
    })
  ).id;
});

describe('POST /api/pilots', () => {
  it("lets a member of one of the programme's cohorts start a pilot, joining its team as lead", async () => {
    const pilot = await createPilot(people.amra, {
      summary: 'Permits **online** in Tuzla.',
      trackId,
      cohortId: people.cohortA,
      organisations: ['City of Tuzla', 'City of Tuzla', 'UNDP'],
      startsOn: '2024-03-01',
      endsOn: '2025-06-30',
    });
    expect(pilot).toMatchObject({
      name: 'Digital building permits',
      stage: 'idea',
      summaryHtml: '<p>Permits <strong>online</strong> in Tuzla.</p>',
      programme: { id: people.programmeId, name: 'Public Sector Innovation BiH' },
      track: { id: trackId, kind: 'policy_lab', name: '' },
      cohort: { id: people.cohortA, name: 'BiH 2022' },
      visibility: 'network',
      organisations: ['City of Tuzla', 'UNDP'],
      teamSize: 1,
      canEdit: true,
      canPostUpdates: true,
      following: false,
    });
    expect(pilot.team.map((each) => [each.member.handle, each.role])).toEqual([['amra', 'lead']]);
  });

  it('refuses a member in none of its cohorts with 403', async () => {
    const response = await call(people.olli, 'POST', '/api/pilots', {
      programmeId: people.programmeId,
      name: 'Rogue pilot',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      "Only organisers and members of one of the programme's cohorts can start a pilot in it.",
    );
  });

  it('refuses a track of another programme, and a cohort the member is not in, with 400', async () => {
    const track = await call(people.amra, 'POST', '/api/pilots', {
      programmeId: people.programmeId,
      name: 'Wrong track',
      trackId: otherTrackId,
    });
    expect(track.statusCode).toBe(400);
    expect(track.json().error.message).toBe("Choose a track of the pilot's programme.");
    expect(track.json().error.fields).toEqual({ trackId: 'Not a track of this programme.' });
    const cohort = await call(people.amra, 'POST', '/api/pilots', {
      programmeId: people.programmeId,
      name: 'Wrong cohort',
      cohortId: people.cohortB,
    });
    expect(cohort.statusCode).toBe(400);
    expect(cohort.json().error.message).toBe('Choose a cohort you belong to.');
  });

  it('refuses an end before the start, and cohort-only without a cohort', async () => {
    const response = await call(people.amra, 'POST', '/api/pilots', {
      programmeId: people.programmeId,
      name: 'Backwards',
      startsOn: '2025-01-01',
      endsOn: '2024-01-01',
      visibility: 'cohort',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      endsOn: 'The end date is before the start date.',
      cohortId: 'Choose the cohort that sees the pilot, or show it to the whole network.',
    });
  });
});

describe('changing a pilot and its team', () => {
  it('lets its team change it and refuses others who see it with 403', async () => {
    const pilot = await createPilot(people.amra);
    const changed = await expectStatus(200, people.amra, 'PATCH', `/api/pilots/${pilot.id}`, {
      name: 'e-Permits',
      endsOn: '2026-01-01',
    });
    expect(changed).toMatchObject({ name: 'e-Permits', endsOn: '2026-01-01' });
    const refused = await call(people.bruno, 'PATCH', `/api/pilots/${pilot.id}`, { name: 'Mine' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe(
      "Only the pilot's team and organisers can change it.",
    );
    const backwards = await call(people.amra, 'PATCH', `/api/pilots/${pilot.id}`, {
      startsOn: '2026-02-01',
    });
    expect(backwards.json().error.fields).toEqual({
      endsOn: 'The end date is before the start date.',
    });
  });

  it('adds a member with a role, who is told, and keeps at least one member', async () => {
    const pilot = await createPilot(people.amra);
    const withBruno = (await expectStatus(
      200,
      people.amra,
      'PUT',
      `/api/pilots/${pilot.id}/team/${people.bruno.id}`,
      { role: 'service designer' },
    )) as PilotDetail;
    expect(withBruno.team.map((each) => [each.member.handle, each.role])).toEqual([
      ['amra', 'lead'],
      ['bruno', 'service designer'],
    ]);
    const told = (await notificationsOf(people.bruno)).find((each) => each.pilot?.id === pilot.id);
    expect(told).toMatchObject({ kind: 'pilot_team_added', detail: { role: 'service designer' } });
    // The lead leaves, and the one left cannot.
    await expectStatus(
      204,
      people.amra,
      'DELETE',
      `/api/pilots/${pilot.id}/team/${people.amra.id}`,
    );
    const last = await call(
      people.bruno,
      'DELETE',
      `/api/pilots/${pilot.id}/team/${people.bruno.id}`,
    );
    expect(last.statusCode).toBe(409);
    expect(last.json().error.message).toBe(
      'A pilot keeps at least one team member: add another before this one leaves.',
    );
  });
});

describe('updates and the stage', () => {
  it('moves the stage with an update, tells followers and the team but not the author', async () => {
    const pilot = await createPilot(people.amra, { stage: 'pilot' });
    await expectStatus(200, people.amra, 'PUT', `/api/pilots/${pilot.id}/team/${people.bruno.id}`, {
      role: 'analyst',
    });
    await expectStatus(200, people.cara, 'PUT', `/api/pilots/${pilot.id}/following`, {
      following: true,
    });
    const update = await expectStatus(
      201,
      people.bruno,
      'POST',
      `/api/pilots/${pilot.id}/updates`,
      {
        body: 'Rolled out to **all** municipalities.',
        happenedOn: '2025-05-01',
        stage: 'scaled',
      },
    );
    expect(update).toMatchObject({
      stageFrom: 'pilot',
      stageTo: 'scaled',
      happenedOn: '2025-05-01',
      bodyHtml: '<p>Rolled out to <strong>all</strong> municipalities.</p>',
      author: { handle: 'bruno' },
    });
    for (const member of [people.cara, people.amra]) {
      const told = (await notificationsOf(member)).filter((each) => each.pilot?.id === pilot.id);
      expect(told.map((each) => [each.kind, each.detail.stage])).toEqual([
        ['pilot_update', 'scaled'],
      ]);
    }
    const authorTold = (await notificationsOf(people.bruno)).filter(
      (each) => each.kind === 'pilot_update' && each.pilot?.id === pilot.id,
    );
    expect(authorTold).toEqual([]);
    const detail = await expectStatus(200, people.cara, 'GET', `/api/pilots/${pilot.id}`);
    expect(detail).toMatchObject({ stage: 'scaled', following: true, canEdit: false });
  });

  it('needs a reason to stop, keeps it while stopped and clears it on leaving', async () => {
    const pilot = await createPilot(people.amra);
    const url = `/api/pilots/${pilot.id}/updates`;
    const bare = await call(people.amra, 'POST', url, { body: 'We stop.', stage: 'stopped' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual({
      stopReason: 'Say why the pilot stopped: others learn from it.',
    });
    await expectStatus(201, people.amra, 'POST', url, {
      body: 'We stop.',
      stage: 'stopped',
      stopReason: 'The permit law changed.',
    });
    const stopped = await expectStatus(200, people.amra, 'GET', `/api/pilots/${pilot.id}`);
    expect(stopped).toMatchObject({ stage: 'stopped', stopReason: 'The permit law changed.' });
    const same = await call(people.amra, 'POST', url, {
      body: 'Still stopped.',
      stage: 'stopped',
      stopReason: 'Still.',
    });
    expect(same.json().error.message).toBe(
      'The pilot is already at this stage: leave the stage out to post a plain update.',
    );
    await expectStatus(201, people.amra, 'POST', url, { body: 'Back on.', stage: 'concept' });
    const again = await expectStatus(200, people.amra, 'GET', `/api/pilots/${pilot.id}`);
    expect(again).toMatchObject({ stage: 'concept', stopReason: null });
  });

  it('refuses updates from outside the team, and edits from others than the author', async () => {
    const pilot = await createPilot(people.amra);
    const url = `/api/pilots/${pilot.id}/updates`;
    const outside = await call(people.organiser, 'POST', url, { body: 'Hello.' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toBe("Only the pilot's team can post updates to it.");
    const update = await expectStatus(201, people.amra, 'POST', url, { body: 'First steps.' });
    const edit = await call(people.bruno, 'PATCH', `${url}/${update.id}`, { body: 'Mine.' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.message).toBe(
      "Only the update's author and organisers can change or delete it.",
    );
    const edited = await expectStatus(200, people.amra, 'PATCH', `${url}/${update.id}`, {
      body: 'First steps, in Tuzla.',
    });
    expect(edited.bodySource).toBe('First steps, in Tuzla.');
    expect(edited.editedAt).not.toBeNull();
    await expectStatus(204, people.organiser, 'DELETE', `${url}/${update.id}`);
  });

  it('pages the timeline by the day each update is about, newest first', async () => {
    const pilot = await createPilot(people.amra);
    const url = `/api/pilots/${pilot.id}/updates`;
    for (const day of ['2025-01-10', '2025-03-10', '2025-02-10']) {
      await expectStatus(201, people.amra, 'POST', url, { body: `On ${day}.`, happenedOn: day });
    }
    const first = (await expectStatus(
      200,
      people.bruno,
      'GET',
      `${url}?limit=2`,
    )) as PilotUpdatePage;
    expect(first.updates.map((each) => each.happenedOn)).toEqual(['2025-03-10', '2025-02-10']);
    const second = (await expectStatus(
      200,
      people.bruno,
      'GET',
      `${url}?limit=2&cursor=${first.nextCursor}`,
    )) as PilotUpdatePage;
    expect(second.updates.map((each) => each.happenedOn)).toEqual(['2025-01-10']);
    expect(second.nextCursor).toBeNull();
  });
});
