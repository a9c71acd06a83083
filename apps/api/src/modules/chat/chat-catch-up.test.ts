import type { ServerFrame } from '@praxis/contracts/realtime';
import { CloseCode } from '@praxis/contracts/realtime';
import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, type FrameSocket, LIMITS } from '../../realtime/connection.ts';
import { createHub } from '../../realtime/hub.ts';
import { heardAs } from '../../testing/chat-client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { createChatService } from './chat.service.ts';
import { createRoomCursors } from './chat-catch-up.ts';
import { registerChatFrames } from './chat-frames.ts';

// The protocol over an in-memory socket, on a hub that hears no bus: what a connection sends,
// and when it gives up on a client, without a network in between.

let t: TestApp;
const hubs: ReturnType<typeof createHub>[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const hub of hubs) await hub.stop();
  await t.close();
});

function memorySocket() {
  const socket = {
    sent: [] as ServerFrame[],
    closedWith: null as number | null,
    bufferedAmount: 0,
    send(text: string) {
      socket.sent.push(JSON.parse(text) as ServerFrame);
    },
    close(code: number) {
      socket.closedWith = code;
    },
  } satisfies FrameSocket & Record<string, unknown>;
  return socket;
}

async function setUp() {
  const failures: unknown[] = [];
  const hub = createHub({
    db: t.app.db,
    memberFor: async () => null,
    onFailure: (error) => failures.push(error),
    announcePresence: async () => {},
  });
  hubs.push(hub);
  await hub.start();
  const chat = createChatService(t.app.db);
  const cursors = createRoomCursors(chat);
  registerChatFrames(hub, t.app.db, chat, cursors);
  const created = await createMember(t.database.db);
  const member = {
    id: created.id,
    email: created.email,
    name: created.name,
    role: created.role,
    locale: null,
  };
  const author = toAuthor((await authorsById(t.app.db, [created.id])).get(created.id) as never);
  const { rooms } = await chat.listRooms(member);
  const roomId = rooms[0]?.id as string;
  const socket = memorySocket();
  const connection = hub.connect(socket, member, 'token');
  await connection.settled();
  return { chat, cursors, author, roomId, socket, connection, failures };
}

const settle = async (connection: Connection) => {
  // A catch-up may queue a further task behind the one awaited.
  await connection.settled();
  await connection.settled();
};

describe('a connection and its room cursors', () => {
  it('drops a client whose unread backlog passes the bound, saying it may resume', async () => {
    const { socket, connection } = await setUp();
    const before = socket.sent.length;
    socket.bufferedAmount = LIMITS.bufferedBytes + 1;
    connection.receive(JSON.stringify({ type: 'ping' }));
    expect(socket.closedWith).toBe(CloseCode.tooSlow);
    connection.receive(JSON.stringify({ type: 'ping' }));
    expect(socket.sent).toHaveLength(before);
  });

  it('fills a gap in live events from the database, in order, and skips what it already sent', async () => {
    const { chat, cursors, author, roomId, socket, connection, failures } = await setUp();
    connection.receive(JSON.stringify({ type: 'subscribe', roomId }));
    await settle(connection);
    expect(socket.sent.at(-1)).toMatchObject({ type: 'subscribed', roomId });

    const first = await chat.send(author, { roomId, clientId: 'gap-first-1', body: 'first' });
    const second = await chat.send(author, { roomId, clientId: 'gap-second-1', body: 'second' });
    const third = await chat.send(author, { roomId, clientId: 'gap-third-1', body: 'third' });
    // Only the third announcement arrives: the first two were lost on the way.
    const text = (message: typeof third) => JSON.stringify({ type: 'message', message });
    cursors.deliver(connection, roomId, third.change, text(third));
    await settle(connection);
    // A late copy of an event already sent is not sent again.
    cursors.deliver(connection, roomId, second.change, text(second));

    const bodies = socket.sent
      .flatMap(heardAs)
      .flatMap((frame) => (frame.type === 'message' ? [frame.message.body] : []));
    expect(bodies.slice(-3)).toEqual(['first', 'second', 'third']);
    expect(bodies.filter((body) => body === 'second')).toHaveLength(1);
    expect(first.seq + 2).toBe(third.seq);
    expect(failures).toEqual([]);
  });

  it('refuses more frames than it can queue, telling the client, and keeps working', async () => {
    const { socket, connection, roomId } = await setUp();
    for (let index = 0; index < LIMITS.queuedFrames + 5; index += 1) {
      connection.receive(JSON.stringify({ type: 'read', roomId, seq: 0 }));
    }
    const refused = socket.sent.filter((frame) => frame.type === 'error');
    expect(refused).toHaveLength(5);
    expect(refused[0]).toMatchObject({ code: 'rate_limited' });
    await settle(connection);
    connection.receive(JSON.stringify({ type: 'ping' }));
    expect(socket.sent.at(-1)).toEqual({ type: 'pong' });
  });
});
