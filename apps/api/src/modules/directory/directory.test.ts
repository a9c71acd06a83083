import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let cookie: string;
let transfoId: string;
let bihId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const people = [
    {
      name: 'Amra Hadžić',
      profile: {
        headline: 'Service designer for social benefits',
        expertise: ['service design', 'user research'],
        country: 'BA',
        languages: ['bs', 'en'],
        openToAdvise: true,
      },
    },
    {
      name: 'Claire Moreau',
      profile: {
        headline: 'Innovation procurement lead',
        expertise: ['procurement'],
        country: 'FR',
        languages: ['fr', 'en'],
        bioSource: 'Challenge-based tenders for start-ups.',
      },
    },
    {
      name: 'Jasmin Begić',
      profile: {
        headline: 'Participatory budgeting in Tuzla',
        expertise: ['participatory budgeting', 'service design'],
        country: 'BA',
        languages: ['bs'],
        openToAdvise: true,
      },
    },
    {
      name: 'Hugo Petit',
      profile: {
        headline: 'Behavioural insights in tax letters',
        expertise: ['behavioural insights'],
        country: 'FR',
        languages: ['fr'],
      },
    },
  ];
  const created = [];
  for (const person of people) created.push(await createMember(db, person));
  await createMember(db, {
    name: 'Gone Member',
    deactivated: true,
    profile: { expertise: ['service design'], country: 'BA' },
  });
  const [amra, claire, jasmin, hugo] = created;
  if (!amra || !claire || !jasmin || !hugo) throw new Error('setup failed');
  transfoId = (await createCohort(db, { name: 'La Transfo 2023', memberIds: [claire.id, hugo.id] }))
    .id;
  bihId = (await createCohort(db, { name: 'PSI BiH 2022', memberIds: [amra.id, jasmin.id] })).id;
  const viewer = await createMember(db, { name: 'Zoe Viewer' });
  cookie = await t.signIn(viewer.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
});

async function directory(query: string) {
  const response = await t.request({ method: 'GET', url: `/api/members?${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const names = (page: { members: { name: string }[] }) => page.members.map((member) => member.name);

describe('GET /api/members', () => {
  it('lists active members by name, never deactivated ones', async () => {
    const page = await directory('');
    expect(names(page)).toEqual([
      'Amra Hadžić',
      'Claire Moreau',
      'Hugo Petit',
      'Jasmin Begić',
      'Zoe Viewer',
    ]);
    expect(page.total).toBe(5);
  });

  it('finds members by a word of their expertise, headline or bio, stemmed', async () => {
    expect(names(await directory('q=design'))).toEqual(['Amra Hadžić', 'Jasmin Begić']);
    expect(names(await directory('q=tenders'))).toEqual(['Claire Moreau']);
    expect(names(await directory('q=budget'))).toEqual(['Jasmin Begić']);
  });

  it('understands quotes and minus as people type them', async () => {
    expect(names(await directory(`q=${encodeURIComponent('"service design" -tuzla')}`))).toEqual([
      'Amra Hadžić',
    ]);
  });

  it('ranks the better match first', async () => {
    // Amra has "service design" in her expertise and "service" in her headline.
    const page = await directory('q=service');
    expect(names(page)[0]).toBe('Amra Hadžić');
  });

  it('filters by expertise, cohort, programme, country, language and openness to advise', async () => {
    expect(names(await directory('expertise=Service%20Design'))).toEqual([
      'Amra Hadžić',
      'Jasmin Begić',
    ]);
    expect(names(await directory(`cohort=${transfoId}`))).toEqual(['Claire Moreau', 'Hugo Petit']);
    expect(names(await directory('country=fr&language=en'))).toEqual(['Claire Moreau']);
    expect(names(await directory('openToAdvise=true'))).toEqual(['Amra Hadžić', 'Jasmin Begić']);
    expect(names(await directory(`cohort=${bihId}&q=budgeting`))).toEqual(['Jasmin Begić']);
  });

  it('counts each filter value among the matching members', async () => {
    const { facets } = await directory('country=BA');
    expect(facets.expertise).toEqual([
      { value: 'service design', label: 'service design', count: 2 },
      { value: 'participatory budgeting', label: 'participatory budgeting', count: 1 },
      { value: 'user research', label: 'user research', count: 1 },
    ]);
    expect(facets.cohort).toEqual([{ value: bihId, label: 'PSI BiH 2022', count: 2 }]);
    expect(facets.language).toEqual([
      { value: 'bs', label: 'bs', count: 2 },
      { value: 'en', label: 'en', count: 1 },
    ]);
    expect(facets.openToAdvise).toBe(2);
  });

  it('pages with a cursor, by name and by rank, without repeats or gaps', async () => {
    for (const query of ['limit=2', 'limit=1&q=service%20design%20research']) {
      const all = names(await directory(query.replace(/limit=\d/, 'limit=50')));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { members: { name: string }[]; nextCursor: string | null } = await directory(
          `${query}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...names(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it('answers bad filters and forged cursors with 400 and a message', async () => {
    const badCountry = await t.request({
      method: 'GET',
      url: '/api/members?country=France',
      cookie,
    });
    expect(badCountry.statusCode).toBe(400);
    expect(badCountry.json().error.message).toMatch(/two-letter country/);
    const badCohort = await t.request({ method: 'GET', url: '/api/members?cohort=42', cookie });
    expect(badCohort.statusCode).toBe(400);
    const forged = await t.request({ method: 'GET', url: '/api/members?cursor=e30', cookie });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.fields.cursor).toBeDefined();
  });

  it('does not fail on search text that is all punctuation or stop words', async () => {
    for (const q of ['!!!', 'the', '"', '-', '&|:*']) {
      const page = await directory(`q=${encodeURIComponent(q)}`);
      expect(Array.isArray(page.members)).toBe(true);
    }
  });

  it('is for signed-in members only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/members' })).statusCode).toBe(401);
  });
});
