import { ClientFrame, PROTOCOL_VERSION, ServerFrame } from '@praxis/contracts/realtime';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { askAndAnswer, clientTypes } from '../testing/typed-client.ts';

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
};
type Document = {
  servers: { url: string }[];
  info: { license?: { identifier?: string } };
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, unknown> };
};

let t: TestApp;
let document: Document;
const operations: (Operation & { method: string; path: string })[] = [];

beforeAll(async () => {
  t = await createTestApp();
  document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({ ...operation, method: method.toUpperCase(), path });
    }
  }
});
afterAll(() => t.close());

const SESSION = [{ session: [] }];

async function signedIn() {
  const member = await createMember(t.database.db);
  return t.signIn(member.email, TEST_PASSWORD);
}
let addresses = 0;

/** An anonymous request with placeholder path parameters, each from an address of its own. */
function anonymously(method: string, path: string) {
  addresses += 1;
  return t.request({
    method: method as 'GET',
    url: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
    remoteAddress: `10.77.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`,
  });
}

describe('GET /api/openapi.json', () => {
  it('names every operation with a unique, readable operationId', () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][a-zA-Z]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toContain('listThreads');
    expect(ids).toContain('createReply');
    expect(ids).toContain('rsvpToMeetup');
  });

  it('answers an anonymous request 401 on every cookie-secured operation, and never on a public one', async () => {
    const wrong: string[] = [];
    for (const { method, path, security } of operations) {
      const secured = JSON.stringify(security) === JSON.stringify(SESSION);
      const status = (await anonymously(method, path)).statusCode;
      if (secured !== (status === 401)) wrong.push(`${method} ${path}: ${status}`);
    }
    expect(wrong).toEqual([]);
    const publicOnes = operations.filter(({ security }) => security?.length === 0);
    expect(publicOnes.map(({ operationId }) => operationId)).toEqual(
      expect.arrayContaining([
        'getHealth',
        'signIn',
        'acceptInvitation',
        'unsubscribe',
        'readCalendarFeed',
      ]),
    );
    const optional = operations.filter(({ security }) => security?.length === 2);
    expect(optional.map(({ operationId }) => operationId).sort()).toEqual([
      'getSignedInMember',
      'signOut',
    ]);
  });

  it('documents the server, the licence and every refusal as a shared response', () => {
    expect(document.servers).toEqual([{ url: t.config.publicOrigin, description: 'This network' }]);
    expect(document.info.license?.identifier).toBe('AGPL-3.0-only');
    const threads = document.paths['/api/threads/{id}/replies']?.post?.responses ?? {};
    expect(threads['401']).toEqual({ $ref: '#/components/responses/Unauthenticated' });
    expect(threads['500']).toEqual({ $ref: '#/components/responses/InternalError' });
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && operation.operationId !== 'getHealth') {
          expect(response.$ref, `${operation.operationId} ${status}`).toMatch(
            /^#\/components\/responses\//,
          );
        }
      }
    }
  });
});

describe('the refusals the document describes once', () => {
  it('answers an unknown path or method 404, and a body of a type no operation takes 400, in the Error shape', async () => {
    const cookie = await signedIn();
    const unknownPath = await t.request({ method: 'GET', url: '/api/nothing-here', cookie });
    const unknownMethod = await t.request({ method: 'DELETE', url: '/api/threads', cookie });
    const wrongType = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie,
      headers: { 'content-type': 'application/xml' },
      payload: '<thread/>',
    });
    expect([unknownPath, unknownMethod, wrongType].map((each) => each.statusCode)).toEqual([
      404, 404, 400,
    ]);
    for (const each of [unknownPath, unknownMethod, wrongType]) {
      expect(Object.keys(each.json().error).sort()).toEqual(['code', 'message']);
    }
  });
});

describe('GET /api/asyncapi.json', () => {
  it('describes every frame of the websocket protocol, from the contracts', async () => {
    const response = await t.request({ method: 'GET', url: '/api/asyncapi.json' });
    const asyncapi = response.json() as {
      info: { version: string };
      channels: { socket: { address: string; messages: Record<string, { name: string }> } };
    };
    expect(asyncapi.info.version).toBe(String(PROTOCOL_VERSION));
    expect(asyncapi.channels.socket.address).toBe('/api/ws');
    const names = Object.values(asyncapi.channels.socket.messages).map(({ name }) => name);
    const frames = [...ClientFrame.options, ...ServerFrame.options];
    expect(names).toEqual(frames.map((frame) => frame.shape.type.value));
  });
});

describe('a client generated from the document', () => {
  it('declares every path of the live document, each with its methods', async () => {
    const types = await clientTypes(document);
    const missing = Object.entries(document.paths).flatMap(([path, methods]) => {
      const start = types.indexOf(`    "${path}": {`);
      const declared = start === -1 ? '' : types.slice(start, types.indexOf('\n    };', start));
      return Object.keys(methods)
        .filter((method) => !new RegExp(`\\n        ${method}: operations\\[`).test(declared))
        .map((method) => `${method.toUpperCase()} ${path}`);
    });
    expect(missing).toEqual([]);
  });

  it('signs in, asks a question, replies and reads the thread over HTTP', async () => {
    const member = await createMember(t.database.db);
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const result = await askAndAnswer(address, t.config.publicOrigin, {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(result).toEqual({
      signedIn: member.email,
      thread: {
        title: 'How did you get a ministry to pilot a service design sprint?',
        kind: 'question',
      },
      replies: ['We ran it inside an existing training budget, as a learning exercise.'],
      anonymous: { status: 401, code: 'unauthenticated' },
    });
  });
});
