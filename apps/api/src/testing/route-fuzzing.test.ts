import { ClientFrame, type ErrorCode, ServerFrame } from '@praxis/contracts/realtime';
import { createMember } from '@praxis/db/testing/factories';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import { arbitraryFor, type JsonSchema } from './json-schema-arbitrary.ts';
import { createTestApp, sessionCookie, type TestApp } from './test-app.ts';

// Property-based fuzzing of every operation in /api/openapi.json and every websocket client
// frame, with inputs derived from the same zod contracts (through their JSON Schema). Sized to
// take well under a minute on two cores; the counts are printed.
const RUNS_PER_OPERATION = 20;
/** These end the session they are sent with, so each of their runs brings its own. */
const SESSION_ENDING = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-everywhere']);
const SESSION_ENDING_RUNS = 4;
const FRAME_RUNS = 250;

interface Operation {
  parameters?: { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

let t: TestApp;
let document: { paths: Record<string, Record<string, Operation>> };
const cookies: string[] = [];
let address = 0;
const nextAddress = () => {
  address += 1;
  return `10.77.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`;
};

async function signIn(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  const response = await t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: member.email, password: member.password },
    remoteAddress: nextAddress(),
  });
  return sessionCookie(response);
}

beforeAll(async () => {
  t = await createTestApp();
  document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  // Signed-in traffic is limited per member (600 a minute); enough members keep the fuzzing
  // under the limit, with room for more operations (190 made about 3,800 requests), so that the
  // websocket test after it still gets in.
  const roles = [...Array<'member'>(10).fill('member'), 'organiser', 'admin'] as const;
  for (const role of roles) cookies.push(await signIn({ role }));
});
afterAll(() => t.close());

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);

function bodyFor(operation: Operation) {
  const content = operation.requestBody?.content ?? {};
  if (content['application/json']) return arbitraryFor(content['application/json'].schema ?? {});
  if (Object.keys(content).length > 0) {
    return fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes));
  }
  return fc.constant(undefined);
}

function requestFor(path: string, operation: Operation) {
  const parameters = operation.parameters ?? [];
  const inPath = parameters.filter((parameter) => parameter.in === 'path');
  const inQuery = parameters.filter((parameter) => parameter.in === 'query');
  return fc
    .record({
      // An empty segment, `.` or `..` would address another route (URLs resolve dot segments
      // before anything is sent); every other string is fair.
      path: fc.tuple(
        ...inPath.map((parameter) =>
          arbitraryFor(parameter.schema).map((value) => {
            const text = asText(value);
            return text === '' || text === '.' || text === '..' ? 'x' : text;
          }),
        ),
      ),
      query: fc.record(
        Object.fromEntries(
          inQuery.map((parameter) => [parameter.name, arbitraryFor(parameter.schema)]),
        ),
        { requiredKeys: [] },
      ),
      body: bodyFor(operation),
      member: fc.nat(cookies.length - 1),
    })
    .map(({ path: values, query, body, member }) => {
      let url = path;
      inPath.forEach((parameter, index) => {
        url = url.replace(`{${parameter.name}}`, encodeURIComponent(values[index] ?? 'x'));
      });
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        for (const each of [value].flat()) {
          search.append(name, asText(each));
        }
      }
      const queryString = search.toString();
      return { url: queryString ? `${url}?${queryString}` : url, body, member };
    });
}

/** How a generated value travels in a path or a query: as the text a client would write. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function contentTypeOf(operation: Operation, body: unknown) {
  if (body === undefined) return {};
  const types = Object.keys(operation.requestBody?.content ?? {});
  return {
    'content-type': types.includes('application/json')
      ? 'application/json'
      : (types[0] ?? 'application/octet-stream'),
  };
}

describe('every operation of the OpenAPI document, fuzzed', () => {
  it('answers each generated request with a documented status and a body of the documented schema, never a 5xx', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        path,
        method: method.toUpperCase(),
        operation,
      })),
    );
    let cases = 0;
    const statuses = new Map<string, number>();
    const started = Date.now();
    for (const { path, method, operation } of operations) {
      const name = `${method} ${path}`;
      const ending = SESSION_ENDING.has(name);
      await fc.assert(
        fc.asyncProperty(requestFor(path, operation), async ({ url, body, member }) => {
          cases += 1;
          const cookie = ending ? await signIn() : cookies[member];
          const response = await t.request({
            method: method as 'GET',
            url,
            cookie,
            remoteAddress: nextAddress(),
            headers: contentTypeOf(operation, body),
            ...(body === undefined
              ? {}
              : { payload: Buffer.isBuffer(body) ? body : JSON.stringify(body) }),
          });
          const status = String(response.statusCode);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const where = `${name} as ${url} → ${status}: ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          expect(Object.keys(operation.responses), where).toContain(status);
          const schema = operation.responses[status]?.content?.['application/json']?.schema;
          if (
            schema &&
            response.headers['content-type']?.toString().startsWith('application/json')
          ) {
            const validate = ajv.compile(schema);
            expect(validate(response.json()), `${where}\n${ajv.errorsText(validate.errors)}`).toBe(
              true,
            );
          }
        }),
        { numRuns: ending ? SESSION_ENDING_RUNS : RUNS_PER_OPERATION },
      );
    }
    console.info(
      `fuzzed ${operations.length} operations with ${cases} requests in ${Math.round((Date.now() - started) / 1000)} s; statuses ${[
        ...statuses,
      ]
        .sort()
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')}`,
    );
    expect(cases).toBeGreaterThanOrEqual(operations.length * SESSION_ENDING_RUNS);
  }, 120_000);
});

describe('every websocket client frame, fuzzed', () => {
  it('answers each generated frame with frames of the contracts, never an unavailable error or a server failure close', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as { port: number }).port;
    const frames = z.toJSONSchema(ClientFrame, { io: 'input' }) as JsonSchema;
    const received: unknown[] = [];
    const sockets = await Promise.all(
      cookies.map(
        (cookie) =>
          new Promise<WebSocket>((resolve, reject) => {
            const socket = new WebSocket(`ws://127.0.0.1:${port}/api/ws?v=2`, {
              headers: { cookie, origin: t.config.publicOrigin },
            });
            socket.on('message', (data) => received.push(JSON.parse(data.toString())));
            socket.once('open', () => resolve(socket));
            socket.once('error', reject);
          }),
      ),
    );
    const closes: number[] = [];
    for (const socket of sockets) socket.on('close', (code) => closes.push(code));
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryFor(frames), fc.nat(sockets.length - 1), async (frame, index) => {
        cases += 1;
        const socket = sockets[index];
        if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
      }),
      { numRuns: FRAME_RUNS },
    );
    // Let the last frames be handled.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const socket of sockets) socket.close();
    console.info(
      `fuzzed the websocket with ${cases} client frames; ${received.length} server frames came back`,
    );

    const invalid = received.filter((frame) => !ServerFrame.safeParse(frame).success);
    expect(invalid).toEqual([]);
    const failures = received.filter(
      (frame) =>
        (frame as { type?: string; code?: ErrorCode }).type === 'error' &&
        (frame as { code?: string }).code === 'unavailable',
    );
    expect(failures).toEqual([]);
    expect(closes.filter((code) => code === 1011)).toEqual([]);
  }, 60_000);
});
