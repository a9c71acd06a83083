import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let organiser: string;
let memberCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const organiserMember = await createMember(t.database.db, { role: 'organiser' });
  organiser = await t.signIn(organiserMember.email, TEST_PASSWORD);
  const member = await createMember(t.database.db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function membersOf(cohortId: string) {
  const rows = await t.database.db
    .select({ memberId: cohortMemberships.memberId })
    .from(cohortMemberships)
    .where(eq(cohortMemberships.cohortId, cohortId));
  return rows.map((row) => row.memberId).sort();
}

/**
 * What `run` answers, and the members_changed events published while it ran: `expected` of them
 * are awaited (they arrive through the bus after the commit), then a moment for any extra.
 */
async function announcedDuring<T>(expected: number, run: () => Promise<T>) {
  const announced: { cohortId: string; memberIds: string[] }[] = [];
  const stop = t.app.realtime.on('cohort.members_changed', (event) => {
    announced.push(event);
  });
  const result = await run();
  await expect.poll(() => announced.length, { timeout: 5000 }).toBeGreaterThanOrEqual(expected);
  await new Promise((resolve) => setTimeout(resolve, 300));
  stop();
  return { result, announced };
}

const addExisting = (cohortId: string, emails: unknown, cookie = organiser) =>
  t.request({
    method: 'POST',
    url: `/api/cohorts/${cohortId}/invitations/existing-members`,
    cookie,
    payload: { emails },
  });

describe('POST /api/cohorts/:id/invitations/check', () => {
  it('says which existing members are in the cohort already and which accounts are deactivated', async () => {
    const inside = await createMember(t.database.db, { email: 'inside@agency.ba', name: 'Ina' });
    await createMember(t.database.db, {
      email: 'gone@agency.ba',
      name: 'Goran',
      deactivated: true,
    });
    await createMember(t.database.db, { email: 'outside@agency.ba', name: 'Omar' });
    const cohort = await createCohort(t.database.db, { memberIds: [inside.id] });
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations/check`,
      cookie: organiser,
      payload: { text: 'inside@agency.ba\ngone@agency.ba\nOUTSIDE@agency.ba' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().alreadyMembers).toEqual([
      { row: 1, email: 'inside@agency.ba', name: 'Ina', inCohort: true, deactivated: false },
      { row: 2, email: 'gone@agency.ba', name: 'Goran', inCohort: false, deactivated: true },
      { row: 3, email: 'outside@agency.ba', name: 'Omar', inCohort: false, deactivated: false },
    ]);
  });
});

describe('POST /api/cohorts/:id/invitations/existing-members', () => {
  it('adds those not yet in the cohort, reports those already in it, skips the rest with a reason, and announces who joined', async () => {
    const amra = await createMember(t.database.db, { email: 'amra@mostar.ba', name: 'Amra' });
    const edin = await createMember(t.database.db, { email: 'edin@mostar.ba', name: 'Edin' });
    const already = await createMember(t.database.db, { email: 'lejla@mostar.ba', name: 'Lejla' });
    await createMember(t.database.db, {
      email: 'senad@mostar.ba',
      name: 'Senad',
      deactivated: true,
    });
    const cohort = await createCohort(t.database.db, { memberIds: [already.id] });

    const { result: response, announced } = await announcedDuring(1, () =>
      addExisting(cohort.id, [
        'Amra@Mostar.ba',
        'edin@mostar.ba',
        'lejla@mostar.ba',
        'senad@mostar.ba',
        'nobody@mostar.ba',
        'amra@mostar.ba',
      ]),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      added: [
        { email: 'amra@mostar.ba', name: 'Amra' },
        { email: 'edin@mostar.ba', name: 'Edin' },
      ],
      alreadyInCohort: [{ email: 'lejla@mostar.ba', name: 'Lejla' }],
      skipped: [
        {
          email: 'senad@mostar.ba',
          reason: 'Senad’s account is deactivated; an admin can reactivate it first.',
        },
        { email: 'nobody@mostar.ba', reason: 'No one has an account with this address yet.' },
      ],
    });
    expect(await membersOf(cohort.id)).toEqual([amra.id, edin.id, already.id].sort());
    expect(announced).toEqual([
      { cohortId: cohort.id, memberIds: expect.arrayContaining([amra.id, edin.id]) },
    ]);
    expect(announced[0]?.memberIds).toHaveLength(2);
  });

  it('changes nothing when asked again: everyone is reported as already in the cohort, and nothing is announced', async () => {
    const member = await createMember(t.database.db, { email: 'twice@agency.ba', name: 'Tarik' });
    const cohort = await createCohort(t.database.db);
    const first = await announcedDuring(1, () => addExisting(cohort.id, ['twice@agency.ba']));
    expect(first.result.json().added).toHaveLength(1);

    const { result: again, announced } = await announcedDuring(0, () =>
      addExisting(cohort.id, ['twice@agency.ba']),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({
      added: [],
      alreadyInCohort: [{ email: 'twice@agency.ba', name: 'Tarik' }],
      skipped: [],
    });
    expect(announced).toEqual([]);
    expect(await membersOf(cohort.id)).toEqual([member.id]);
  });

  it('is refused to members with 403, and adds no one', async () => {
    await createMember(t.database.db, { email: 'sneaky@agency.ba' });
    const cohort = await createCohort(t.database.db);
    const response = await addExisting(cohort.id, ['sneaky@agency.ba'], memberCookie);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      'Only organisers and admins can add members to cohorts.',
    );
    expect(await membersOf(cohort.id)).toEqual([]);
  });

  it('answers an unknown cohort with 404, and an empty or malformed list with 400 saying what to fix', async () => {
    const unknown = await addExisting('00000000-0000-4000-8000-000000000000', ['a@agency.ba']);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('This cohort does not exist (any more).');

    const cohort = await createCohort(t.database.db);
    const empty = await addExisting(cohort.id, []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.emails).toBe('Choose at least one member to add.');
    const malformed = await addExisting(cohort.id, ['fine@agency.ba', 'not an address']);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields['emails.1']).toBe(
      'Enter a valid e-mail address, like name@agency.gov.',
    );
    expect(await membersOf(cohort.id)).toEqual([]);
  });
});
