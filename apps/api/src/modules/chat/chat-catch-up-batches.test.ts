import type { Message } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { ServerFrame } from '@praxis/contracts/realtime';
import { createCohort, createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connection, FrameSocket } from '../../realtime/connection.ts';
import { createHub } from '../../realtime/hub.ts';
import { heardAs } from '../../testing/chat-client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { type ChatService, createChatService } from './chat.service.ts';
import { createRoomCursors } from './chat-catch-up.ts';
import { registerChatFrames } from './chat-frames.ts';

// Many tabs subscribing at once (a reconnect storm) share their reads: the room's access once per
// member, its counters once, and each position's backlog once. What each tab receives must be
// what it would have received alone. The hub runs over in-memory sockets and hears no bus.

let t: TestApp;
let hub: ReturnType<typeof createHub>;
/** What the cursors and frames asked of the chat service, by function. */
const asked = { roomCounters: 0, changesSince: 0, membersInRoom: [] as string[][] };
/** While set, reading a room's counters waits for it: the tabs arriving meanwhile pile up. */
let countersGate: Promise<void> | null = null;

beforeAll(async () => {
  t = await createTestApp();
  hub = createHub({
    db: t.app.db,
    memberFor: async () => null,
    onFailure: (error) => {
      throw error;
    },
    announcePresence: async () => {},
  });
  await hub.start();
  const chat = createChatService(t.app.db);
  const counted: ChatService = {
    ...chat,
    async roomCounters(roomId) {
      asked.roomCounters += 1;
      await countersGate;
      return chat.roomCounters(roomId);
    },
    changesSince(roomId, since) {
      asked.changesSince += 1;
      return chat.changesSince(roomId, since);
    },
    membersInRoom(roomId, memberIds) {
      asked.membersInRoom.push([...memberIds].sort());
      return chat.membersInRoom(roomId, memberIds);
    },
  };
  registerChatFrames(hub, t.app.db, counted, createRoomCursors(counted));
});
afterAll(async () => {
  await hub.stop();
  await t.close();
});

async function newMember(): Promise<AccountMember> {
  const { id, email, name, role } = await createMember(t.database.db);
  return { id, email, name, role, locale: null };
}

/** A tab of the member, past its hello. */
async function tab(member: AccountMember) {
  const sent: ServerFrame[] = [];
  const socket: FrameSocket = {
    bufferedAmount: 0,
    send: (text) => sent.push(JSON.parse(text) as ServerFrame),
    close: () => {},
  };
  const connection = hub.connect(socket, member, 'token');
  await connection.settled();
  return { connection, sent, from: sent.length };
}

async function send(chat: ChatService, member: AccountMember, roomId: string, bodies: string[]) {
  const author = toAuthor((await authorsById(t.app.db, [member.id])).get(member.id) as never);
  const stored: Message[] = [];
  for (const body of bodies) {
    stored.push(await chat.send(author, { roomId, clientId: crypto.randomUUID(), body }));
  }
  return stored;
}

/** Every frame and task of these tabs handled, the backlogs' included. */
async function settled(connections: Connection[]) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(connections.map((connection) => connection.settled()));
  }
}

const seqsOf = (frames: ServerFrame[]) =>
  frames.flatMap(heardAs).flatMap((frame) => (frame.type === 'message' ? [frame.message.seq] : []));

describe('many tabs subscribing at once', () => {
  it('gives each tab exactly the messages after its own position in one frame, reading the room once per batch and each position once', async () => {
    const chat = createChatService(t.app.db);
    const [author, a, b, c, d] = await Promise.all([1, 2, 3, 4, 5].map(() => newMember()));
    if (!author || !a || !b || !c || !d) throw new Error('no members');
    const roomId = (await chat.listRooms(author)).rooms.find((room) => room.kind === 'network')
      ?.id as string;
    const [first, , third, , , sixth] = await send(chat, author, roomId, [
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
    if (!first || !third || !sixth) throw new Error('not sent');
    // c has two tabs open.
    const tabs = await Promise.all([a, b, c, c, d].map((member) => tab(member)));
    const positions = [
      { afterSeq: first.seq - 1, afterChange: first.change - 1 },
      { afterSeq: third.seq, afterChange: third.change },
      { afterSeq: third.seq, afterChange: third.change },
      { afterSeq: third.seq, afterChange: third.change },
      {},
    ];
    Object.assign(asked, { roomCounters: 0, changesSince: 0, membersInRoom: [] });
    let openGate = () => {};
    countersGate = new Promise((resolve) => (openGate = resolve));
    tabs.forEach(({ connection }, index) => {
      connection.receive(JSON.stringify({ type: 'subscribe', roomId, ...positions[index] }));
    });
    // The first tab's access is checked alone; the others', asked meanwhile, together.
    await vi.waitFor(() => expect(asked.membersInRoom).toHaveLength(1));
    await vi.waitFor(() => expect(asked.roomCounters).toBe(1));
    await new Promise((resolve) => setImmediate(resolve));
    openGate();
    countersGate = null;
    await settled(tabs.map(({ connection }) => connection));

    const all = [first.seq, first.seq + 1, third.seq, third.seq + 1, third.seq + 2, sixth.seq];
    const after = all.slice(3);
    const expected = [all, after, after, after, all];
    tabs.forEach(({ sent, from }, index) => {
      const frames = sent.slice(from);
      expect(seqsOf(frames)).toEqual(expected[index]);
      // The backlog comes as one frame, then `subscribed`.
      expect(frames.map((frame) => frame.type)).toEqual(['messages', 'subscribed']);
      expect(frames.at(-1)).toEqual({
        type: 'subscribed',
        roomId,
        lastSeq: sixth.seq,
        lastChange: sixth.change,
      });
    });
    expect(asked.membersInRoom).toEqual([[b.id, c.id, d.id].sort()]);
    // The first tab alone, then the other four: the three at one position share one read.
    expect(asked.roomCounters).toBe(2);
    expect(asked.changesSince).toBe(3);
  });

  it('refuses a tab that may not see the room though it was checked with tabs that may', async () => {
    const chat = createChatService(t.app.db);
    const [insider, outsider, other] = await Promise.all([1, 2, 3].map(() => newMember()));
    if (!insider || !outsider || !other) throw new Error('no members');
    const cohort = await createCohort(t.database.db, { memberIds: [insider.id, other.id] });
    const roomId = (await chat.listRooms(insider)).rooms.find((room) => room.cohortId === cohort.id)
      ?.id as string;
    const [said] = await send(chat, insider, roomId, ['only for the cohort']);
    const tabs = await Promise.all([insider, outsider, other].map((member) => tab(member)));
    asked.membersInRoom = [];
    for (const { connection } of tabs) {
      connection.receive(
        JSON.stringify({ type: 'subscribe', roomId, afterSeq: 0, afterChange: 0 }),
      );
    }
    await settled(tabs.map(({ connection }) => connection));

    expect(asked.membersInRoom).toEqual([[outsider.id, other.id].sort()]);
    const [insiderFrames, outsiderFrames, otherFrames] = tabs.map(({ sent, from }) =>
      sent.slice(from),
    );
    expect(outsiderFrames).toEqual([
      {
        type: 'error',
        code: 'forbidden',
        message: 'This room does not exist, or you are not in it.',
        ref: roomId,
      },
    ]);
    expect(tabs[1]?.connection.topics.has(`room:${roomId}`)).toBe(false);
    for (const frames of [insiderFrames, otherFrames]) {
      expect(seqsOf(frames ?? [])).toEqual([said?.seq]);
      expect(frames?.at(-1)).toMatchObject({ type: 'subscribed', roomId, lastSeq: said?.seq });
    }
    // Only the two in the cohort follow its room now.
    expect(
      hub
        .followers(`room:${roomId}`)
        .map((connection) => connection.member.id)
        .sort(),
    ).toEqual([insider.id, other.id].sort());
  });
});
