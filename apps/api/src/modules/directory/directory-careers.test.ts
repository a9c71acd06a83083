import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let cookie: string;

/** Posts added through the API, as the member would, so the current one leads their profile. */
async function memberWithHistory(name: string, posts: Record<string, unknown>[]) {
  const member = await createMember(t.database.db, { name });
  const session = await t.signIn(member.email, TEST_PASSWORD);
  for (const post of posts) {
    const response = await t.request({
      method: 'POST',
      url: '/api/profile/positions',
      cookie: session,
      payload: post,
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  return member;
}

beforeAll(async () => {
  t = await createTestApp();
  await memberWithHistory('Amra Hadžić', [
    {
      role: 'Budget analyst',
      organisation: 'Ministry of Finance',
      level: 'national',
      policyArea: 'public finance',
      from: '2015-01',
      to: '2019-06',
    },
    {
      role: 'Innovation lead',
      organisation: 'City of Mostar',
      level: 'local',
      policyArea: 'digital services',
      from: '2019-07',
    },
  ]);
  await memberWithHistory('Branka Babić', [
    {
      role: 'Tax adviser',
      organisation: 'Ministry of Finance',
      level: 'national',
      policyArea: 'public finance',
      from: '2018-03',
    },
  ]);
  await memberWithHistory('Cvijeta Čolić', [
    {
      role: 'Policy officer',
      organisation: 'Canton Sarajevo',
      level: 'regional',
      policyArea: 'digital services',
      from: '2012-01',
      to: '2022-12',
    },
    {
      role: 'Consultant',
      organisation: 'Open Gov Partners',
      level: 'outside_government',
      policyArea: 'digital services',
      from: '2023-01',
    },
  ]);
  const viewer = await createMember(t.database.db, { name: 'Zoe Viewer' });
  cookie = await t.signIn(viewer.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

interface Card {
  name: string;
  organisation: string;
  governmentLevel: string | null;
  workedAt: { organisation: string; role: string; from: string; to: string } | null;
}
interface Page {
  total: number;
  members: Card[];
  facets: Record<string, { value: string; count: number }[]>;
}

async function directory(query: string): Promise<Page> {
  const response = await t.request({ method: 'GET', url: `/api/members${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/members, careers', () => {
  it('counts members by the level of government and policy area of their current post', async () => {
    const page = await directory('');
    expect(page.facets.level).toEqual([
      { value: 'local', label: 'local', count: 1 },
      { value: 'national', label: 'national', count: 1 },
      { value: 'outside_government', label: 'outside_government', count: 1 },
    ]);
    expect(page.facets.policyArea).toEqual([
      { value: 'digital services', label: 'digital services', count: 2 },
      { value: 'public finance', label: 'public finance', count: 1 },
    ]);
  });

  it('filters by level (alumni outside government) and by policy area', async () => {
    const alumni = await directory('?level=outside_government');
    expect(alumni.members.map((card) => [card.name, card.governmentLevel])).toEqual([
      ['Cvijeta Čolić', 'outside_government'],
    ]);
    const digital = await directory('?policyArea=digital%20services');
    expect(digital.members.map((card) => card.name)).toEqual(['Amra Hadžić', 'Cvijeta Čolić']);
    expect(digital.total).toBe(2);
  });

  it('finds who worked at an organisation, past posts included, and says "worked at" for those', async () => {
    const page = await directory('?organisation=ministry%20of%20fin');
    expect(page.total).toBe(2);
    expect(page.members.map((card) => [card.name, card.organisation, card.workedAt])).toEqual([
      [
        'Amra Hadžić',
        'City of Mostar',
        {
          organisation: 'Ministry of Finance',
          role: 'Budget analyst',
          from: '2015-01',
          to: '2019-06',
        },
      ],
      // Working there now is not "worked at".
      ['Branka Babić', 'Ministry of Finance', null],
    ]);
    const accents = await directory('?organisation=sarajevo');
    expect(accents.members.map((card) => card.workedAt?.organisation)).toEqual(['Canton Sarajevo']);
    expect((await directory('?organisation=nowhere')).members).toEqual([]);
    expect((await directory('?organisation=%20-%20')).members).toEqual([]);
  });

  it('finds past employers from the search box too, after those whose profile holds the words', async () => {
    const page = await directory('?q=ministry%20finance');
    expect(page.members.map((card) => [card.name, card.workedAt?.organisation ?? null])).toEqual([
      ['Branka Babić', null],
      ['Amra Hadžić', 'Ministry of Finance'],
    ]);
    // A word left out is the search's own syntax: only profiles are searched then.
    const excluding = await directory('?q=ministry%20-tax');
    expect(excluding.members.map((card) => card.name)).toEqual([]);
  });

  it('counts the members a search finds by its words alone apart from those it finds as an employer too', async () => {
    const asEmployerToo = await directory('?q=ministry%20finance');
    const wordsAlone = await directory(`?q=${encodeURIComponent('"ministry finance"')}`);
    expect(asEmployerToo.total).toBe(2);
    expect(wordsAlone.members.map((card) => card.name)).toEqual(['Branka Babić']);
    expect(wordsAlone.total).toBe(1);
  });

  it('pages through the matches by keyset', async () => {
    const first = await directory('?organisation=ministry&limit=1');
    expect(first.members.map((card) => card.name)).toEqual(['Amra Hadžić']);
    const next = (
      await t.request({
        method: 'GET',
        url: `/api/members?organisation=ministry&limit=1&cursor=${encodeURIComponent(
          (
            await t.request({
              method: 'GET',
              url: '/api/members?organisation=ministry&limit=1',
              cookie,
            })
          ).json().nextCursor,
        )}`,
        cookie,
      })
    ).json() as Page;
    expect(next.members.map((card) => card.name)).toEqual(['Branka Babić']);
  });

  it('answers 400 for an unknown level', async () => {
    const response = await t.request({ method: 'GET', url: '/api/members?level=federal', cookie });
    expect(response.statusCode).toBe(400);
  });

  it('finds past employers through the GIN index on organisation names', async () => {
    // With a handful of rows the planner rightly prefers a scan; forbidding it shows the index
    // applies to the query, so that 10,000 members are not read one by one.
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      // Both drivers answer with `rows`; the shared Db type does not say so.
      const result = (await tx.execute(
        sql`explain select member_id from member_positions where organisation_search @@ (to_tsquery('praxis_simple', 'ministry:*') && to_tsquery('praxis_simple', 'fin:*'))`,
      )) as unknown as { rows: unknown[] };
      return JSON.stringify(result.rows);
    });
    expect(plan).toContain('member_positions_organisation_idx');
  });
});
