import { invitations } from '@praxis/db/schema/invitations';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let organiser: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  const organiserMember = await createMember(t.database.db, { role: 'organiser' });
  organiser = await t.signIn(organiserMember.email, TEST_PASSWORD);
  const adminMember = await createMember(t.database.db, { role: 'admin' });
  admin = await t.signIn(adminMember.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const asOrganiser =
  'An admin has invited this person as an organiser; only an admin can change that invitation.';
const asAdmin =
  'An admin has invited this person as an admin; only an admin can change that invitation.';

async function invite(cookie: string, payload: { email: string; role?: string }) {
  return t.request({ method: 'POST', url: '/api/invitations', cookie, payload });
}

async function adminInvites(email: string, role: 'organiser' | 'admin') {
  const response = await invite(admin, { email, role });
  expect(response.statusCode, response.body).toBe(201);
}

/** Every invitation ever made to the address, oldest first, with whether it is still open. */
async function invitationsTo(email: string) {
  const rows = await t.database.db
    .select({ role: invitations.role, revokedAt: invitations.revokedAt })
    .from(invitations)
    .where(eq(invitations.email, email))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
  return rows.map((row) => ({ role: row.role, open: row.revokedAt === null }));
}

describe('POST /api/invitations', () => {
  it('returns 409 when an organiser invites an address an admin has invited as an organiser, whose invitation stays pending', async () => {
    await adminInvites('ana@ministry.example', 'organiser');
    const response = await invite(organiser, { email: 'ana@ministry.example', role: 'member' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(asOrganiser);
    expect(response.json().error.fields).toEqual({ email: 'Already invited by an admin.' });
    expect(await invitationsTo('ana@ministry.example')).toEqual([
      { role: 'organiser', open: true },
    ]);
  });

  it('says "as an admin" when the pending invitation is to join as an admin', async () => {
    await adminInvites('boris@ministry.example', 'admin');
    const response = await invite(organiser, { email: 'boris@ministry.example' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(asAdmin);
    expect(await invitationsTo('boris@ministry.example')).toEqual([{ role: 'admin', open: true }]);
  });

  it('lets an admin replace an invitation to join as an organiser, and an organiser one to join as a member', async () => {
    await adminInvites('cvijeta@ministry.example', 'organiser');
    expect((await invite(admin, { email: 'cvijeta@ministry.example' })).statusCode).toBe(201);
    expect(await invitationsTo('cvijeta@ministry.example')).toEqual([
      { role: 'organiser', open: false },
      { role: 'member', open: true },
    ]);
    expect((await invite(organiser, { email: 'cvijeta@ministry.example' })).statusCode).toBe(201);
    expect(await invitationsTo('cvijeta@ministry.example')).toEqual([
      { role: 'organiser', open: false },
      { role: 'member', open: false },
      { role: 'member', open: true },
    ]);
  });
});

describe('POST /api/cohorts/:id/invitations/check', () => {
  it('reports an address an admin has invited as an organiser or admin as a row with that problem, for organisers', async () => {
    const cohort = await createCohort(t.database.db, { memberIds: [] });
    await adminInvites('dario@ministry.example', 'organiser');
    await adminInvites('elma@ministry.example', 'admin');
    const text = 'Dario,dario@ministry.example\nfatima@ministry.example\nelma@ministry.example';
    const check = (cookie: string) =>
      t.request({
        method: 'POST',
        url: `/api/cohorts/${cohort.id}/invitations/check`,
        cookie,
        payload: { text },
      });
    const response = await check(organiser);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      valid: [{ row: 2, email: 'fatima@ministry.example', name: '', organisation: '' }],
      invalid: [
        { row: 1, text: 'Dario,dario@ministry.example', reason: asOrganiser },
        { row: 3, text: 'elma@ministry.example', reason: asAdmin },
      ],
      alreadyMembers: [],
    });
    expect((await check(admin)).json().valid.map((row: { email: string }) => row.email)).toEqual([
      'dario@ministry.example',
      'fatima@ministry.example',
      'elma@ministry.example',
    ]);
  });
});

describe('POST /api/cohorts/:id/invitations', () => {
  it('skips, with the reason, an address an admin has invited as an organiser when an organiser sends, and invites the others', async () => {
    const cohort = await createCohort(t.database.db, { memberIds: [] });
    await adminInvites('goran@ministry.example', 'organiser');
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: organiser,
      payload: {
        invitees: [{ email: 'goran@ministry.example' }, { email: 'hana@ministry.example' }],
      },
    });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toEqual({
      queued: 1,
      skipped: [{ email: 'goran@ministry.example', reason: asOrganiser }],
    });
    expect(await invitationsTo('goran@ministry.example')).toEqual([
      { role: 'organiser', open: true },
    ]);
    expect(await invitationsTo('hana@ministry.example')).toEqual([{ role: 'member', open: true }]);
  });

  it('lets an admin replace an invitation to join as an organiser with the cohort’s', async () => {
    const cohort = await createCohort(t.database.db, { memberIds: [] });
    await adminInvites('ivo@ministry.example', 'organiser');
    const response = await t.request({
      method: 'POST',
      url: `/api/cohorts/${cohort.id}/invitations`,
      cookie: admin,
      payload: { invitees: [{ email: 'ivo@ministry.example' }] },
    });
    expect(response.json()).toEqual({ queued: 1, skipped: [] });
    expect(await invitationsTo('ivo@ministry.example')).toEqual([
      { role: 'organiser', open: false },
      { role: 'member', open: true },
    ]);
  });
});
