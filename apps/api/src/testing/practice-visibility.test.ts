import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPracticeSecrets, SECRET } from './practice-secrets.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// A member outside a cohort reads every GET operation of the OpenAPI document, with every id of
// the network in every id parameter and the secret word in every text parameter: no answer may
// name the cohort's story, notes, lessons or pilots, or carry their ids. A new route is swept
// the moment it is documented.

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: { type?: string; format?: string; enum?: unknown[] };
}
interface Operation {
  parameters?: Parameter[];
}

/** Query parameters that take words: the secret goes there, in upper case (see SECRET). */
/** Requests each outsider makes in turn: under the per-member limit of a minute. */
const PER_OUTSIDER = 500;

/** More paths than this for one operation are asked id by id instead (see urlsOf). */
const MAX_PATHS = 400;

const TEXT_PARAMETERS = new Set(['q', 'query', 'text', 'search', 'words', 'tag', 'organisation']);

let t: TestApp;
let network: Awaited<ReturnType<typeof buildPracticeSecrets>>;

beforeAll(async () => {
  t = await createTestApp();
  network = await buildPracticeSecrets(t);
});
afterAll(() => t.close());

/** Every URL to ask for an operation: each id in each id parameter, the words in each text one. */
function urlsOf(path: string, operation: Operation, ids: string[], handles: string[]) {
  const parameters = operation.parameters ?? [];
  const idLike = (parameter: Parameter) =>
    parameter.schema?.format === 'uuid' || /(^id$|Id$)/.test(parameter.name);
  const words = parameters
    .filter((parameter) => parameter.in === 'query' && TEXT_PARAMETERS.has(parameter.name))
    .map((parameter) => `${parameter.name}=${SECRET.toUpperCase()}`);
  const inPath = parameters.filter((parameter) => parameter.in === 'path');
  const valuesOf = (parameter: Parameter) =>
    parameter.schema?.enum?.slice(0, 1).map(String) ??
    (parameter.name === 'handle' ? handles : ids);
  let paths = [path];
  for (const parameter of inPath) {
    paths = paths.flatMap((each) =>
      valuesOf(parameter).map((value) => each.replace(`{${parameter.name}}`, value)),
    );
  }
  // Three ids deep is thousands of paths: then each id goes into every id parameter at once.
  if (paths.length > MAX_PATHS) {
    paths = ids.map((id) =>
      inPath.reduce(
        (each, parameter) =>
          each.replace(
            `{${parameter.name}}`,
            valuesOf(parameter) === ids ? id : (valuesOf(parameter)[0] ?? id),
          ),
        path,
      ),
    );
  }
  const idQueries = parameters.filter((parameter) => parameter.in === 'query' && idLike(parameter));
  // Each parameter on its own, so that one the server refuses does not hide what another finds;
  // an id also beside the search words, the way a filtered search asks.
  const search = words.find((word) => word.startsWith('q='));
  const queries = [
    '',
    ...words,
    ...idQueries.flatMap((parameter) =>
      ids.flatMap((id) => {
        const filter = `${parameter.name}=${id}`;
        return search ? [filter, `${search}&${filter}`] : [filter];
      }),
    ),
  ];
  return paths.flatMap((each) => queries.map((query) => (query ? `${each}?${query}` : each)));
}

describe('what a member outside a cohort can read of its lessons and pilots', () => {
  it('never names a cohort-only story, notes, lesson or pilot, nor gives their ids, on any GET operation', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const secretIds = Object.values(network.secretIds);
    const ids = [...secretIds, ...Object.values(network.openIds)];
    const handles = [network.insider.handle, network.outsider.handle];
    const leaks: string[] = [];
    let asked = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      const operation = methods.get;
      if (!operation) continue;
      for (const url of urlsOf(path, operation, ids, handles)) {
        asked += 1;
        const response = await t.request({
          method: 'GET',
          url,
          cookie:
            network.outsiderCookies[
              Math.floor(asked / PER_OUTSIDER) % network.outsiderCookies.length
            ],
          remoteAddress: `10.77.${Math.floor(asked / 250) % 250}.${(asked % 250) + 1}`,
        });
        // A refusal for asking too often would hide a leak rather than show one.
        if (response.statusCode === 429) leaks.push(`${url}: rate-limited, not read`);
        const body = response.body;
        // An id the request itself names may come back (a 404 naming what was asked for).
        const named = secretIds.filter((id) => body.includes(id) && !url.includes(id));
        if (body.includes(SECRET)) leaks.push(`${url}: ${response.statusCode} shows "${SECRET}"`);
        if (named.length > 0)
          leaks.push(`${url}: ${response.statusCode} names ${named.join(', ')}`);
      }
    }
    console.info(`practice visibility sweep: ${asked} requests`);
    expect(asked).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
  });

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
