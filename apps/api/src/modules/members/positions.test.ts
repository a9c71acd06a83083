import { members } from '@praxis/db/schema/members';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signedIn(profile: Partial<typeof members.$inferInsert> = {}) {
  const member = await createMember(t.database.db, { profile });
  return { member, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

const post = (cookie: string, payload: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/profile/positions', cookie, payload });

const ministry = {
  role: 'Policy officer',
  organisation: 'Ministry of Finance',
  level: 'national',
  policyArea: 'public finance',
  from: '2016-09',
  to: '2020-12',
};
const lab = {
  role: 'Head of the innovation lab',
  organisation: 'Canton Sarajevo',
  level: 'regional',
  policyArea: 'digital services',
  from: '2021-01',
};

async function headlineOf(id: string) {
  const [row] = await t.database.db
    .select({
      headline: members.headline,
      jobTitle: members.jobTitle,
      organisation: members.organisation,
      governmentLevel: members.governmentLevel,
      policyArea: members.policyArea,
    })
    .from(members)
    .where(eq(members.id, id));
  return row;
}

describe('POST /api/profile/positions', () => {
  it('keeps the history newest first and makes the post held now the headline', async () => {
    const { member, cookie } = await signedIn({ headline: 'Typed by hand', organisation: 'Old' });
    expect((await post(cookie, ministry)).statusCode).toBe(201);
    // An ended post is history only: the headline stays as the member wrote it.
    expect(await headlineOf(member.id)).toEqual({
      headline: 'Typed by hand',
      jobTitle: '',
      organisation: 'Old',
      governmentLevel: null,
      policyArea: '',
    });

    const response = await post(cookie, lab);
    expect(response.statusCode).toBe(201);
    expect(
      response
        .json()
        .positions.map((p: { organisation: string; current: boolean }) => [
          p.organisation,
          p.current,
        ]),
    ).toEqual([
      ['Canton Sarajevo', true],
      ['Ministry of Finance', false],
    ]);
    expect(response.json().positions[0]).toMatchObject({ from: '2021-01', to: null });
    expect(await headlineOf(member.id)).toEqual({
      headline: 'Head of the innovation lab',
      jobTitle: 'Head of the innovation lab',
      organisation: 'Canton Sarajevo',
      governmentLevel: 'regional',
      policyArea: 'digital services',
    });

    const profile = await t.request({
      method: 'GET',
      url: `/api/members/${member.handle}`,
      cookie,
    });
    expect(profile.json()).toMatchObject({
      headline: 'Head of the innovation lab',
      organisation: 'Canton Sarajevo',
      governmentLevel: 'regional',
    });
    expect(profile.json().positions).toHaveLength(2);
  });

  it.each([
    [{ ...lab, role: '  ' }, 'role', 'Enter the role you held.'],
    [{ ...lab, organisation: '' }, 'organisation', 'Enter the organisation.'],
    [{ ...lab, from: '2099-01' }, 'from', 'A post cannot start in a month still to come.'],
    [
      { ...lab, from: '2021-05', to: '2021-04' },
      'to',
      'The end month cannot be before the start month.',
    ],
    [{ ...lab, from: '2021-13' }, 'from', 'Give the month as YYYY-MM, for example 2024-03.'],
    [{ ...lab, level: 'federal' }, 'level', undefined],
    [
      { ...lab, policyArea: 'x'.repeat(81) },
      'policyArea',
      'A policy area has at most 80 characters.',
    ],
  ])('answers 400 for %j, naming the field', async (body, field, message) => {
    const { member, cookie } = await signedIn();
    const response = await post(cookie, body);
    expect(response.statusCode, response.body).toBe(400);
    const fields = response.json().error.fields as Record<string, string>;
    expect(Object.keys(fields)).toEqual([field]);
    if (message) expect(fields[field]).toBe(message);
    const history = await t.request({ method: 'GET', url: '/api/profile/positions', cookie });
    expect(history.json()).toEqual({ positions: [] });
    expect((await headlineOf(member.id))?.governmentLevel).toBeNull();
  });
});

describe('PUT and DELETE /api/profile/positions/:id', () => {
  it('follows the current post: ending it, the level goes; removing it, the older post leads', async () => {
    const { member, cookie } = await signedIn();
    await post(cookie, { ...ministry, to: null });
    const added = await post(cookie, lab);
    const [labPost, ministryPost] = added.json().positions as { id: string }[];

    const ended = await t.request({
      method: 'PUT',
      url: `/api/profile/positions/${labPost?.id}`,
      cookie,
      payload: { ...lab, to: '2024-06' },
    });
    expect(ended.statusCode).toBe(200);
    // The ministry post, still open, is now the one held.
    expect((await headlineOf(member.id))?.organisation).toBe('Ministry of Finance');

    const removed = await t.request({
      method: 'DELETE',
      url: `/api/profile/positions/${ministryPost?.id}`,
      cookie,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().positions).toHaveLength(1);
    expect(await headlineOf(member.id)).toMatchObject({
      organisation: 'Ministry of Finance',
      governmentLevel: null,
      policyArea: '',
    });
  });

  it("answers 404 for another member's post, and changes nothing", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const [own] = (await post(owner.cookie, lab)).json().positions as { id: string }[];
    for (const method of ['PUT', 'DELETE'] as const) {
      const response = await t.request({
        method,
        url: `/api/profile/positions/${own?.id}`,
        cookie: other.cookie,
        ...(method === 'PUT' ? { payload: ministry } : {}),
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toBe(
        'This post is no longer in your history; reload the page.',
      );
    }
    expect((await headlineOf(owner.member.id))?.organisation).toBe('Canton Sarajevo');
  });

  it('marks a member who left government as alumni through their current post', async () => {
    const { member, cookie } = await signedIn();
    await post(cookie, { ...ministry });
    await post(cookie, {
      role: 'Independent consultant',
      organisation: 'Self-employed',
      level: 'outside_government',
      from: '2021-02',
    });
    const profile = await t.request({ method: 'GET', url: '/api/profile', cookie });
    expect(profile.json()).toMatchObject({
      governmentLevel: 'outside_government',
      organisation: 'Self-employed',
    });
    expect((await headlineOf(member.id))?.governmentLevel).toBe('outside_government');
  });
});
