import type { ServerFrame } from '@praxis/contracts/realtime';
import { createMember, type MemberOverrides } from '@praxis/db/testing/factories';
import { afterAll, beforeAll } from 'vitest';
import { type ChatSocket, openChatSocket } from './chat-client.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * A listening test app for one websocket test file, and the steps those files take. Registers
 * the file's beforeAll and afterAll; call it at the top level.
 */
export function socketTestApp(env: Record<string, string> = {}) {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp(env);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => t.close());

  async function member(overrides?: MemberOverrides) {
    const created = await createMember(t.database.db, overrides);
    return { ...created, cookie: await t.signIn(created.email, created.password) };
  }

  async function roomsOf(cookie: string) {
    const response = await t.request({ method: 'GET', url: '/api/rooms', cookie });
    return response.json().rooms as { id: string; kind: string; cohortId: string | null }[];
  }

  /** A signed-in member's socket, past its hello; `onlineDigest` as openChatSocket takes it. */
  async function connect(cookie: string, onlineDigest?: string) {
    const socket = await openChatSocket(baseUrl, cookie, {
      origin: t.config.publicOrigin,
      ...(onlineDigest === undefined ? {} : { onlineDigest }),
    });
    await socket.waitFor((frame) => frame.type === 'hello');
    return socket;
  }

  async function networkRoomId(cookie: string) {
    const network = (await roomsOf(cookie)).find((room) => room.kind === 'network');
    if (!network) throw new Error('no network room');
    return network.id;
  }

  return {
    get t() {
      return t;
    },
    get baseUrl() {
      return baseUrl;
    },
    member,
    roomsOf,
    connect,
    networkRoomId,
  };
}

export const isError = (frame: ServerFrame): frame is Extract<ServerFrame, { type: 'error' }> =>
  frame.type === 'error';

/** Asks the socket to follow `topic`; resolves with the answer, `followed` or an `error`. */
export async function follow(socket: ChatSocket, topic: string) {
  const from = socket.frames.length;
  socket.send({ type: 'follow', topic });
  return socket.waitFor(
    (frame) =>
      (frame.type === 'followed' && frame.topic === topic) ||
      (frame.type === 'error' && frame.ref === topic),
    { from },
  );
}
