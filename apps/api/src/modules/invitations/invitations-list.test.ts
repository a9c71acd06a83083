import { invitations } from '@praxis/db/schema/invitations';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let organiserId: string;
let organiser: string;
let otherOrganiser: string;
let admin: string;
let memberCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const organiserMember = await createMember(t.database.db, { role: 'organiser' });
  organiserId = organiserMember.id;
  organiser = await t.signIn(organiserMember.email, TEST_PASSWORD);
  const other = await createMember(t.database.db, { role: 'organiser' });
  otherOrganiser = await t.signIn(other.email, TEST_PASSWORD);
  const adminMember = await createMember(t.database.db, { role: 'admin' });
  admin = await t.signIn(adminMember.email, TEST_PASSWORD);
  const member = await createMember(t.database.db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const DAY = 86_400_000;
let created = Date.now();

/** An invitation in the given state, written directly: the states take days to reach. */
async function invitation(
  email: string,
  state: 'pending' | 'accepted' | 'expired' | 'revoked',
  options: { cohortId?: string; role?: 'member' | 'organiser' | 'admin' } = {},
) {
  created += 1000;
  const [row] = await t.database.db
    .insert(invitations)
    .values({
      email,
      role: options.role ?? 'member',
      cohortId: options.cohortId ?? null,
      invitedById: organiserId,
      emailStatus: 'sent',
      expiresAt: new Date(Date.now() + (state === 'expired' ? -DAY : 14 * DAY)),
      acceptedAt: state === 'accepted' ? new Date() : null,
      revokedAt: state === 'revoked' ? new Date() : null,
      // A second apart, so that newest-first is the order they were made in.
      createdAt: new Date(created),
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error('invitation insert returned no row');
  return row.id;
}

async function list(query: string, cookie = organiser) {
  const response = await t.request({ method: 'GET', url: `/api/invitations?${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    invitations: { email: string; status: string; cohort: { id: string; name: string } | null }[];
    nextCursor: string | null;
  };
}

describe('GET /api/invitations', () => {
  it('filters by cohort and by status, and names each invitation’s cohort', async () => {
    const cohort = await createCohort(t.database.db, { name: 'Policy Lab 2026' });
    const elsewhere = await createCohort(t.database.db);
    await invitation('pending@lab.gov', 'pending', { cohortId: cohort.id });
    await invitation('accepted@lab.gov', 'accepted', { cohortId: cohort.id });
    await invitation('expired@lab.gov', 'expired', { cohortId: cohort.id });
    await invitation('revoked@lab.gov', 'revoked', { cohortId: cohort.id });
    await invitation('elsewhere@lab.gov', 'pending', { cohortId: elsewhere.id });

    const inCohort = await list(`cohort=${cohort.id}`);
    expect(inCohort.invitations.map((row) => row.email)).toEqual([
      'revoked@lab.gov',
      'expired@lab.gov',
      'accepted@lab.gov',
      'pending@lab.gov',
    ]);
    expect(inCohort.invitations[0]?.cohort).toEqual({ id: cohort.id, name: 'Policy Lab 2026' });

    for (const status of ['pending', 'accepted', 'expired', 'revoked']) {
      const filtered = await list(`cohort=${cohort.id}&status=${status}`);
      expect(filtered.invitations.map((row) => [row.email, row.status])).toEqual([
        [`${status}@lab.gov`, status],
      ]);
    }
    const pendingEverywhere = await list('status=pending&limit=100');
    expect(pendingEverywhere.invitations.map((row) => row.email)).toEqual(
      expect.arrayContaining(['pending@lab.gov', 'elsewhere@lab.gov']),
    );
    expect(new Set(pendingEverywhere.invitations.map((row) => row.status))).toEqual(
      new Set(['pending']),
    );
  });

  it('pages through a filtered list with its cursor, skipping rows the filter leaves out', async () => {
    const cohort = await createCohort(t.database.db);
    for (let index = 0; index < 5; index += 1) {
      await invitation(`page${index}@lab.gov`, index % 2 === 0 ? 'pending' : 'revoked', {
        cohortId: cohort.id,
      });
    }
    const first = await list(`cohort=${cohort.id}&status=pending&limit=2`);
    expect(first.invitations.map((row) => row.email)).toEqual(['page4@lab.gov', 'page2@lab.gov']);
    const second = await list(
      `cohort=${cohort.id}&status=pending&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.invitations.map((row) => row.email)).toEqual(['page0@lab.gov']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows every cohort’s invitations to any organiser, since organisers manage every cohort', async () => {
    const cohort = await createCohort(t.database.db);
    await invitation('shared@lab.gov', 'pending', { cohortId: cohort.id });
    const seen = await list(`cohort=${cohort.id}`, otherOrganiser);
    expect(seen.invitations.map((row) => row.email)).toEqual(['shared@lab.gov']);
  });

  it('answers an unknown status with 400 listing the statuses, and a member with 403', async () => {
    const bad = await t.request({
      method: 'GET',
      url: '/api/invitations?status=lost',
      cookie: organiser,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.status).toBe(
      'Filter by status: pending, accepted, expired or revoked.',
    );
    const byMember = await t.request({
      method: 'GET',
      url: '/api/invitations?status=pending',
      cookie: memberCookie,
    });
    expect(byMember.statusCode).toBe(403);
  });
});

describe('POST /api/invitations/:id/resend and /revoke', () => {
  it('refuses an organiser an invitation to join as an organiser, and lets an admin withdraw it', async () => {
    const id = await invitation('future-organiser@lab.gov', 'pending', { role: 'organiser' });
    for (const [action, doing] of [
      ['resend', 'resend'],
      ['revoke', 'withdraw'],
    ]) {
      const refused = await t.request({
        method: 'POST',
        url: `/api/invitations/${id}/${action}`,
        cookie: organiser,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toBe(
        `Only admins can ${doing} an invitation to join as an organiser or admin.`,
      );
    }
    const [untouched] = await t.database.db
      .select({ revokedAt: invitations.revokedAt, emailStatus: invitations.emailStatus })
      .from(invitations)
      .where(eq(invitations.id, id));
    expect(untouched).toEqual({ revokedAt: null, emailStatus: 'sent' });

    const byAdmin = await t.request({
      method: 'POST',
      url: `/api/invitations/${id}/revoke`,
      cookie: admin,
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect(byAdmin.json().status).toBe('revoked');
  });

  it('resends an expired invitation to a member with a fresh 14 days, and refuses a withdrawn one with 409', async () => {
    const cohort = await createCohort(t.database.db);
    const expired = await invitation('late@lab.gov', 'expired', { cohortId: cohort.id });
    const resent = await t.request({
      method: 'POST',
      url: `/api/invitations/${expired}/resend`,
      cookie: organiser,
    });
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().status).toBe('pending');
    expect(new Date(resent.json().expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * DAY);

    const withdrawn = await invitation('gone@lab.gov', 'revoked', { cohortId: cohort.id });
    const again = await t.request({
      method: 'POST',
      url: `/api/invitations/${withdrawn}/resend`,
      cookie: organiser,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This invitation was already accepted or withdrawn.');
  });
});
