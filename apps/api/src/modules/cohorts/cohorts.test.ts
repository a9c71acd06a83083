import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let memberCookie: string;
let organiserCookie: string;
let organiserId: string;

beforeAll(async () => {
  t = await createTestApp();
  const member = await createMember(t.database.db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
  const organiser = await createMember(t.database.db, {
    role: 'organiser',
    name: 'Olga Organiser',
    handle: 'olga',
  });
  organiserId = organiser.id;
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function createProgramme(name: string) {
  const response = await t.request({
    method: 'POST',
    url: '/api/programmes',
    cookie: organiserCookie,
    payload: { name, description: 'Embedding designers in regional governments.' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

describe('programmes and cohorts', () => {
  it('lets an organiser create a programme and a cohort in it, listed with member counts', async () => {
    const programme = await createProgramme('La Transfo');
    const created = await t.request({
      method: 'POST',
      url: `/api/programmes/${programme.id}/cohorts`,
      cookie: organiserCookie,
      payload: {
        name: 'La Transfo 2025',
        year: 2025,
        startsOn: '2025-09-01',
        endsOn: '2027-06-30',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const cohort = created.json();
    expect(cohort).toMatchObject({
      name: 'La Transfo 2025',
      programmeName: 'La Transfo',
      memberCount: 0,
      startsOn: '2025-09-01',
    });

    const added = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/members`,
      cookie: organiserCookie,
      payload: { memberIds: [organiserId, organiserId] },
    });
    expect(added.json()).toEqual({ added: 1 });

    const list = (
      await t.request({ method: 'GET', url: '/api/programmes', cookie: memberCookie })
    ).json();
    const listed = list.programmes.find((entry: { id: string }) => entry.id === programme.id);
    expect(listed.cohorts).toEqual([
      expect.objectContaining({ name: 'La Transfo 2025', memberCount: 1 }),
    ]);

    const detail = (
      await t.request({ method: 'GET', url: `/api/cohorts/${cohort.id}`, cookie: memberCookie })
    ).json();
    expect(detail.organisers).toEqual([
      { id: organiserId, handle: 'olga', name: 'Olga Organiser' },
    ]);
  });

  it('refuses members with 403 and a message, and writes nothing', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/programmes',
      cookie: memberCookie,
      payload: { name: 'Rogue programme' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('Only organisers and admins can create programmes.');
    const list = (
      await t.request({ method: 'GET', url: '/api/programmes', cookie: memberCookie })
    ).json();
    expect(list.programmes.map((entry: { name: string }) => entry.name)).not.toContain(
      'Rogue programme',
    );
  });

  it('answers a duplicate name with 409 on the name field', async () => {
    await createProgramme('Policy Lab Fellows');
    const again = await t.request({
      method: 'POST',
      url: '/api/programmes',
      cookie: organiserCookie,
      payload: { name: 'Policy Lab Fellows' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.name).toBeDefined();
  });

  it('checks cohort fields: year, dates in order, a programme that exists', async () => {
    const programme = await createProgramme('Dates programme');
    const bad = await t.request({
      method: 'POST',
      url: `/api/programmes/${programme.id}/cohorts`,
      cookie: organiserCookie,
      payload: { name: 'X', year: 'soon', startsOn: '2025-09-01', endsOn: '2024-01-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['name', 'year']);
    const backwards = await t.request({
      method: 'POST',
      url: `/api/programmes/${programme.id}/cohorts`,
      cookie: organiserCookie,
      payload: { name: 'Backwards', year: 2025, startsOn: '2025-09-01', endsOn: '2024-01-01' },
    });
    expect(backwards.json().error.fields.endsOn).toMatch(/before the start/);
    const nowhere = await t.request({
      method: 'POST',
      url: '/api/programmes/00000000-0000-4000-8000-000000000000/cohorts',
      cookie: organiserCookie,
      payload: { name: 'Orphan', year: 2025 },
    });
    expect(nowhere.statusCode).toBe(404);
  });

  it('lets an organiser remove a member from a cohort, and refuses members', async () => {
    const someone = await createMember(t.database.db);
    const cohort = await createCohort(t.database.db, { memberIds: [someone.id] });
    const url = `/api/cohorts/${cohort.id}/members/${someone.id}`;
    expect((await t.request({ method: 'DELETE', url, cookie: memberCookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url, cookie: organiserCookie })).statusCode).toBe(
      204,
    );
    const left = await t.database.db
      .select()
      .from(cohortMemberships)
      .where(eq(cohortMemberships.cohortId, cohort.id));
    expect(left).toEqual([]);
    expect((await t.request({ method: 'DELETE', url, cookie: organiserCookie })).statusCode).toBe(
      404,
    );
  });

  it('refuses to add members that do not exist, adding none of the list', async () => {
    const someone = await createMember(t.database.db);
    const cohort = await createCohort(t.database.db);
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/members`,
      cookie: organiserCookie,
      payload: { memberIds: [someone.id, '00000000-0000-4000-8000-000000000000'] },
    });
    expect(response.statusCode).toBe(400);
    const rows = await t.database.db
      .select()
      .from(cohortMemberships)
      .where(eq(cohortMemberships.cohortId, cohort.id));
    expect(rows).toEqual([]);
  });
});
