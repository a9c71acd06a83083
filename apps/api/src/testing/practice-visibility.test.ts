import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepGetOperations } from './openapi-sweep.ts';
import { buildPracticeSecrets, SECRET } from './practice-secrets.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// A member outside a cohort reads every GET operation of the OpenAPI document, with every id of
// the network in every id parameter and the secret word in every text parameter: no answer may
// name the cohort's story, notes, lessons or pilots, or carry their ids. A new route is swept
// the moment it is documented.

let t: TestApp;
let network: Awaited<ReturnType<typeof buildPracticeSecrets>>;

beforeAll(async () => {
  t = await createTestApp();
  network = await buildPracticeSecrets(t);
});
afterAll(() => t.close());

describe('what a member outside a cohort can read of its lessons and pilots', () => {
  it('never names a cohort-only story, notes, lesson or pilot, nor gives their ids, on any GET operation', async () => {
    const secretIds = Object.values(network.secretIds);
    const ids = [...secretIds, ...Object.values(network.openIds)];
    const handles = [network.insider.handle, network.outsider.handle];
    const { asked, problems: leaks } = await sweepGetOperations(
      t,
      { ids, handles, word: SECRET.toUpperCase(), cookies: network.outsiderCookies },
      (url, response) => {
        const body = response.body;
        // An id the request itself names may come back (a 404 naming what was asked for).
        const named = secretIds.filter((id) => body.includes(id) && !url.includes(id));
        return [
          ...(body.includes(SECRET) ? [`${url}: ${response.statusCode} shows "${SECRET}"`] : []),
          ...(named.length > 0 ? [`${url}: ${response.statusCode} names ${named.join(', ')}`] : []),
        ];
      },
    );
    console.info(`practice visibility sweep: ${asked} requests`);
    expect(asked).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
    // Some 1,700 requests: half a minute alone, more beside other suites on two cores.
  }, 300_000);

  it('shows the outsider what is open: the network lesson in the library, the open pilot on the board', async () => {
    const cookie = network.outsiderCookies[0];
    const library = await t.request({ method: 'GET', url: '/api/lessons', cookie });
    expect(library.statusCode).toBe(200);
    expect(library.body).toContain('Open budgeting lesson');
    const board = await t.request({
      method: 'GET',
      url: `/api/pilots?programme=${network.openIds.programme}`,
      cookie,
    });
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain('Open pilot');
  });

  it('lets the insider find the same lesson and pilot that the outsider may not', async () => {
    const cookie = await t.signIn(network.insider.email, network.insider.password);
    const lesson = await t.request({
      method: 'GET',
      url: `/api/lessons/${network.secretIds.lessonA}`,
      cookie,
    });
    expect(lesson.statusCode).toBe(200);
    expect(lesson.body).toContain(`The ${SECRET} lesson`);
    const pilot = await t.request({
      method: 'GET',
      url: `/api/pilots/${network.secretIds.pilotA}`,
      cookie,
    });
    expect(pilot.statusCode).toBe(200);
    expect(pilot.body).toContain(`The ${SECRET} pilot`);
  });
});
