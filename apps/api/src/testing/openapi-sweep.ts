import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.ts';

// Every GET operation of the OpenAPI document, asked with every id of a test network in every id
// parameter, given handles in handle parameters and a word in every text parameter: what the
// visibility sweeps (practice-visibility, anonymity) read. A new route is swept the moment it is
// documented.

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: { type?: string; format?: string; enum?: unknown[] };
}
interface Operation {
  parameters?: Parameter[];
}

/** Requests each reader makes in turn: under the per-member limit of a minute. */
const PER_READER = 500;

/** More paths than this for one operation are asked id by id instead (see urlsOf). */
const MAX_PATHS = 400;

const TEXT_PARAMETERS = new Set(['q', 'query', 'text', 'search', 'words', 'tag', 'organisation']);

export interface SweepInput {
  ids: string[];
  handles: string[];
  /** Goes into every text parameter. */
  word: string;
  /** Session cookies of readers who see the same, taken in turn to stay under rate limits. */
  cookies: string[];
}

/** Every URL to ask for an operation: each id in each id parameter, the word in each text one. */
function urlsOf(path: string, operation: Operation, input: SweepInput) {
  const { ids, handles } = input;
  const parameters = operation.parameters ?? [];
  const idLike = (parameter: Parameter) =>
    parameter.schema?.format === 'uuid' || /(^id$|Id$)/.test(parameter.name);
  const words = parameters
    .filter((parameter) => parameter.in === 'query' && TEXT_PARAMETERS.has(parameter.name))
    .map((parameter) => `${parameter.name}=${encodeURIComponent(input.word)}`);
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
  const handleQueries = parameters.filter(
    (parameter) => parameter.in === 'query' && /^(author|handle|member)$/.test(parameter.name),
  );
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
    ...handleQueries.flatMap((parameter) =>
      handles.map((handle) => `${parameter.name}=${encodeURIComponent(handle)}`),
    ),
  ];
  return paths.flatMap((each) => queries.map((query) => (query ? `${each}?${query}` : each)));
}

/**
 * Asks every GET operation of the document as the readers, handing each answer to `read`;
 * returns the problems `read` reported, and a refusal for asking too often (which would hide a
 * leak rather than show one), with how many requests were made.
 */
export async function sweepGetOperations(
  t: TestApp,
  input: SweepInput,
  read: (url: string, response: LightMyRequestResponse) => string[],
): Promise<{ asked: number; problems: string[] }> {
  const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  const problems: string[] = [];
  let asked = 0;
  for (const [path, methods] of Object.entries(document.paths)) {
    const operation = methods.get;
    if (!operation) continue;
    for (const url of urlsOf(path, operation, input)) {
      asked += 1;
      const response = await t.request({
        method: 'GET',
        url,
        cookie: input.cookies[Math.floor(asked / PER_READER) % input.cookies.length],
        remoteAddress: `10.77.${Math.floor(asked / 250) % 250}.${(asked % 250) + 1}`,
      });
      if (response.statusCode === 429) problems.push(`${url}: rate-limited, not read`);
      problems.push(...read(url, response));
    }
  }
  return { asked, problems };
}
