import type { CohortTracks, Track, TrackList } from '@praxis/contracts/cohorts';
import { auditEntries } from '@praxis/db/schema/audit';
import {
  createCohort,
  createMember,
  createProgramme,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { inArray } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let organiser: string;
let member: string;
let programmeId: string;
let cohortId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const olga = await createMember(db, { role: 'organiser' });
  organiser = await t.signIn(olga.email, TEST_PASSWORD);
  const mia = await createMember(db);
  member = await t.signIn(mia.email, TEST_PASSWORD);
  programmeId = (await createProgramme(db, 'La Transfo')).id;
  cohortId = (await createCohort(db, { programmeId, name: 'La Transfo 2024' })).id;
});
afterAll(async () => {
  await t.close();
});

function send(cookie: string, method: InjectOptions['method'], url: string, payload?: object) {
  return t.request({ method, url, cookie, ...(payload ? { payload } : {}) });
}

async function addTrack(body: object): Promise<Track> {
  const response = await send(organiser, 'POST', `/api/programmes/${programmeId}/tracks`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('programme tracks', () => {
  it('lets organisers add, rename and delete tracks, each audited, listed for every member', async () => {
    const training = await addTrack({ kind: 'training' });
    const other = await addTrack({ kind: 'other', name: 'Secondments' });
    expect(training).toMatchObject({ kind: 'training', name: '', programmeId, cohortIds: [] });
    const renamed = await send(organiser, 'PATCH', `/api/tracks/${other.id}`, {
      name: 'Secondments abroad',
    });
    expect(renamed.json()).toMatchObject({ kind: 'other', name: 'Secondments abroad' });
    const list = (
      await send(member, 'GET', `/api/programmes/${programmeId}/tracks`)
    ).json() as TrackList;
    expect(list.tracks.map((track) => [track.kind, track.name])).toEqual([
      ['training', ''],
      ['other', 'Secondments abroad'],
    ]);
    expect((await send(organiser, 'DELETE', `/api/tracks/${other.id}`)).statusCode).toBe(204);
    const entries = await t.database.db
      .select({ action: auditEntries.action, targetId: auditEntries.targetId })
      .from(auditEntries)
      .where(inArray(auditEntries.targetId, [training.id, other.id]));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      'track.changed',
      'track.created',
      'track.created',
      'track.deleted',
    ]);
  });

  it('refuses members with 403 and the message', async () => {
    const response = await send(member, 'POST', `/api/programmes/${programmeId}/tracks`, {
      kind: 'policy_lab',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      'Only organisers and admins can create, change or delete tracks and set the tracks of a cohort.',
    );
  });

  it('needs a name for an other track, and refuses a second unnamed track of a kind with 409', async () => {
    const nameless = await send(organiser, 'POST', `/api/programmes/${programmeId}/tracks`, {
      kind: 'other',
    });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.fields).toEqual({ name: 'Give the track a name.' });
    await addTrack({ kind: 'train_the_trainers' });
    const again = await send(organiser, 'POST', `/api/programmes/${programmeId}/tracks`, {
      kind: 'train_the_trainers',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'This programme already has a train-the-trainers track without a name: give this one a name.',
    );
    await addTrack({ kind: 'other', name: 'Mentoring' });
    const clash = await send(organiser, 'POST', `/api/programmes/${programmeId}/tracks`, {
      kind: 'policy_lab',
      name: 'Mentoring',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toBe(
      'This programme already has a track called “Mentoring”.',
    );
  });
});

describe("a cohort's tracks", () => {
  it("sets every track a cohort belongs to, of its own programme's only", async () => {
    const lab = await addTrack({ kind: 'policy_lab', name: 'Lab 2024' });
    const set = await send(organiser, 'PUT', `/api/cohorts/${cohortId}/tracks`, {
      trackIds: [lab.id, lab.id],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as CohortTracks).tracks).toEqual([
      { id: lab.id, kind: 'policy_lab', name: 'Lab 2024' },
    ]);
    const read = (await send(member, 'GET', `/api/cohorts/${cohortId}/tracks`)).json();
    expect(read.tracks.map((track: { id: string }) => track.id)).toEqual([lab.id]);
    const listed = (await send(member, 'GET', `/api/programmes/${programmeId}/tracks`)).json();
    expect(listed.tracks.find((track: Track) => track.id === lab.id).cohortIds).toEqual([cohortId]);

    const elsewhere = await createProgramme(t.database.db, 'Policy Lab Fellows');
    const foreign = await send(organiser, 'POST', `/api/programmes/${elsewhere.id}/tracks`, {
      kind: 'training',
    });
    const refused = await send(organiser, 'PUT', `/api/cohorts/${cohortId}/tracks`, {
      trackIds: [foreign.json().id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe("Choose tracks of the cohort's own programme.");
    const cleared = await send(organiser, 'PUT', `/api/cohorts/${cohortId}/tracks`, {
      trackIds: [],
    });
    expect(cleared.json().tracks).toEqual([]);
  });

  it('answers an unknown cohort, track or programme with 404', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await send(member, 'GET', `/api/cohorts/${none}/tracks`)).statusCode).toBe(404);
    expect((await send(organiser, 'PATCH', `/api/tracks/${none}`, { name: 'X' })).statusCode).toBe(
      404,
    );
    expect((await send(member, 'GET', `/api/programmes/${none}/tracks`)).statusCode).toBe(404);
  });
});
