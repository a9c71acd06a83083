import { members } from '@praxis/db/schema/members';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
type Created = Awaited<ReturnType<typeof createMember>>;
let amra: Created;
let amraCookie: string;
let memberCookie: string;
let organiserCookie: string;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  amra = await createMember(db, {
    name: 'Amra Hadžić',
    handle: 'amra',
    profile: {
      headline: 'Service designer',
      phone: '+387 61 000 000',
      emailVisibility: 'organisers',
      phoneVisibility: 'nobody',
    },
  });
  await createCohort(db, { name: 'PSI BiH 2022', memberIds: [amra.id] });
  amraCookie = await t.signIn(amra.email, TEST_PASSWORD);
  const member = await createMember(db);
  memberCookie = await t.signIn(member.email, TEST_PASSWORD);
  const organiser = await createMember(db, { role: 'organiser' });
  organiserCookie = await t.signIn(organiser.email, TEST_PASSWORD);
  const admin = await createMember(db, { role: 'admin', handle: 'the-admin' });
  adminCookie = await t.signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

const patchProfile = (cookie: string, payload: Record<string, unknown>) =>
  t.request({ method: 'PATCH', url: '/api/profile', cookie, payload });

describe('GET /api/members/:handle', () => {
  it('shows a profile with its cohorts, hiding contact fields a member may not see', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/members/amra',
      cookie: memberCookie,
    });
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile.name).toBe('Amra Hadžić');
    expect(profile.cohorts.map((cohort: { name: string }) => cohort.name)).toEqual([
      'PSI BiH 2022',
    ]);
    expect(profile.email).toBeNull();
    expect(profile.phone).toBeNull();
    expect(response.body).not.toContain('passwordHash');
    expect(response.body).not.toContain('argon2');
  });

  it('shows organisers the e-mail set to "organisers only", and nobody the phone set to "nobody"', async () => {
    const profile = (
      await t.request({ method: 'GET', url: '/api/members/AMRA', cookie: organiserCookie })
    ).json();
    expect(profile.email).toBe(amra.email);
    expect(profile.phone).toBeNull();
  });

  it('answers 401 to someone not signed in, and 404 for an unknown handle', async () => {
    expect((await t.request({ method: 'GET', url: '/api/members/amra' })).statusCode).toBe(401);
    const unknown = await t.request({
      method: 'GET',
      url: '/api/members/nobody-here',
      cookie: memberCookie,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/@nobody-here/);
  });
});

describe('PATCH /api/profile', () => {
  it('saves what the member changes, cooks the bio to safe HTML, and leaves the rest', async () => {
    const response = await patchProfile(amraCookie, {
      headline: '  Service designer in Sarajevo  ',
      expertise: ['Service Design', 'user research', 'service design'],
      languages: ['BS', 'en'],
      country: 'ba',
      bioSource: 'I **redesign** forms. <script>alert(1)</script>',
      links: [{ label: 'Portfolio', url: 'https://amra.example' }],
    });
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile.headline).toBe('Service designer in Sarajevo');
    expect(profile.expertise).toEqual(['service design', 'user research']);
    expect(profile.languages).toEqual(['bs', 'en']);
    expect(profile.country).toBe('BA');
    expect(profile.bioHtml).toContain('<strong>redesign</strong>');
    expect(profile.bioHtml).not.toContain('<script');
    expect(profile.phone).toBe('+387 61 000 000');
    expect(profile.emailVisibility).toBe('organisers');
  });

  it('refuses a handle another member has with 409, naming the field', async () => {
    const response = await patchProfile(memberCookie, { handle: 'Amra' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields.handle).toMatch(/another/i);
  });

  it('refuses malformed fields with 400 and per-field messages, changing nothing', async () => {
    const before = (
      await t.request({ method: 'GET', url: '/api/profile', cookie: amraCookie })
    ).json();
    const response = await patchProfile(amraCookie, {
      headline: 'fine',
      handle: 'no spaces allowed',
      country: 'Bosnia',
      links: [{ label: 'x', url: 'javascript:alert(1)' }],
      expertise: ['x'],
      languages: ['en', 'xx'],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields;
    expect(fields.handle).toMatch(/3 to 30/);
    expect(fields.country).toMatch(/two-letter/);
    expect(fields['links.0.url']).toMatch(/https/);
    expect(fields['expertise.0']).toMatch(/at least 2/);
    expect(fields['languages.1']).toBe('Choose languages from the list.');
    const after = (
      await t.request({ method: 'GET', url: '/api/profile', cookie: amraCookie })
    ).json();
    expect(after).toEqual(before);
  });
});

describe('deactivating and reactivating', () => {
  it('is refused to members with 403', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/members/amra/deactivate',
      cookie: memberCookie,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/organisers and admins/);
  });

  it('lets an organiser deactivate a member, who can then not sign in and is hidden from members', async () => {
    const target = await createMember(t.database.db, { handle: 'leaving' });
    const response = await t.request({
      method: 'POST',
      url: '/api/members/leaving/deactivate',
      cookie: organiserCookie,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().active).toBe(false);

    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: target.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    const seenByMember = await t.request({
      method: 'GET',
      url: '/api/members/leaving',
      cookie: memberCookie,
    });
    expect(seenByMember.statusCode).toBe(404);

    const back = await t.request({
      method: 'POST',
      url: '/api/members/leaving/reactivate',
      cookie: organiserCookie,
    });
    expect(back.json().active).toBe(true);
  });

  it('does not let an organiser deactivate an admin', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/members/the-admin/deactivate',
      cookie: organiserCookie,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/Only an admin/);
  });
});

describe('PUT /api/members/:handle/role', () => {
  it('lets an admin make a member an organiser, and back', async () => {
    const target = await createMember(t.database.db, { handle: 'promoted' });
    const up = await t.request({
      method: 'PUT',
      url: '/api/members/promoted/role',
      cookie: adminCookie,
      payload: { role: 'organiser' },
    });
    expect(up.statusCode).toBe(200);
    expect(up.json().role).toBe('organiser');
    await t.request({
      method: 'PUT',
      url: '/api/members/promoted/role',
      cookie: adminCookie,
      payload: { role: 'member' },
    });
    const [row] = await t.database.db
      .select({ role: members.role })
      .from(members)
      .where(eq(members.id, target.id));
    expect(row?.role).toBe('member');
  });

  it('is refused to organisers with 403, and to an admin changing their own role', async () => {
    const byOrganiser = await t.request({
      method: 'PUT',
      url: '/api/members/amra/role',
      cookie: organiserCookie,
      payload: { role: 'admin' },
    });
    expect(byOrganiser.statusCode).toBe(403);
    const ownRole = await t.request({
      method: 'PUT',
      url: '/api/members/the-admin/role',
      cookie: adminCookie,
      payload: { role: 'member' },
    });
    expect(ownRole.statusCode).toBe(403);
    expect(ownRole.json().error.message).toMatch(/own role/);
  });
});
