import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { FACETS_KEPT_MS } from './directory.service.ts';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp();
  await createMember(t.database.db, { name: 'Amra Hadžić', profile: { country: 'BA' } });
  const viewer = await createMember(t.database.db, {
    name: 'Zoe Viewer',
    profile: { country: 'FR' },
  });
  cookie = await t.signIn(viewer.email, TEST_PASSWORD);
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await t.close();
});

async function countries(query = '') {
  const response = await t.request({ method: 'GET', url: `/api/members${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json() as { total: number; facets: { country: { value: string }[] } };
  return { total: page.total, countries: page.facets.country.map((facet) => facet.value).sort() };
}

describe('GET /api/members, its facets', () => {
  it('keeps the counts of a set of filters for a while, counts them again meanwhile, and waits for them once too old', async () => {
    expect(await countries()).toEqual({ total: 2, countries: ['BA', 'FR'] });
    await createMember(t.database.db, { name: 'Hrvoje Horvat', profile: { country: 'HR' } });
    expect(await countries()).toEqual({ total: 2, countries: ['BA', 'FR'] });
    // Another set of filters is counted on its own.
    expect(await countries('?country=HR')).toEqual({ total: 1, countries: ['HR'] });

    // Past their time, the counts kept are given once more while they are counted anew.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + FACETS_KEPT_MS);
    expect(await countries()).toEqual({ total: 2, countries: ['BA', 'FR'] });
    await vi.waitFor(
      async () => expect(await countries()).toEqual({ total: 3, countries: ['BA', 'FR', 'HR'] }),
      { timeout: 5000 },
    );
    // Past twice their time, they are counted before the page is given.
    await createMember(t.database.db, { name: 'Ilse Ilves', profile: { country: 'EE' } });
    vi.setSystemTime(Date.now() + 2 * FACETS_KEPT_MS);
    expect(await countries()).toEqual({ total: 4, countries: ['BA', 'EE', 'FR', 'HR'] });
  });
});
