import { randomUUID } from 'node:crypto';
import { CloseCode, type ServerFrame } from '@praxis/contracts/realtime';
import { createMember } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import type { FrameSocket } from './connection.ts';
import { createHub } from './hub.ts';

// The hub over in-memory sockets, with topic kinds whose answers the test controls.
let t: TestApp;
let hub: ReturnType<typeof createHub>;
beforeAll(async () => {
  t = await createTestApp();
  hub = createHub({
    db: t.app.db,
    memberFor: async () => null,
    onFailure: (error) => {
      throw error;
    },
    announcePresence: async (changes) => {
      announced.push(...changes);
    },
  });
  await hub.start();
});
afterAll(async () => {
  await hub.stop();
  await t.close();
});
const announced: { memberId: string; online: boolean }[] = [];

function memorySocket() {
  const sent: ServerFrame[] = [];
  const socket: FrameSocket = {
    bufferedAmount: 0,
    send: (text) => sent.push(JSON.parse(text) as ServerFrame),
    close: () => {},
  };
  return { socket, sent };
}

async function newMember() {
  const created = await createMember(t.database.db);
  return {
    id: created.id,
    email: created.email,
    name: created.name,
    role: created.role,
    locale: null,
  };
}

async function connected() {
  const member = await newMember();
  const { socket, sent } = memorySocket();
  const connection = hub.connect(socket, member, 'token');
  await connection.settled();
  return { member, connection, sent };
}

const live = (id: string): ServerFrame => ({
  type: 'live',
  topic: `thread:${id}`,
  event: { name: 'thread.changed', threadId: id },
});

describe('the hub', () => {
  it('announces members who connect at once online, each once, and one who leaves and comes back in the same moment not at all', async () => {
    const [first, second, third] = await Promise.all([newMember(), newMember(), newMember()]);
    if (!first || !second || !third) throw new Error('no members');
    const leaving = hub.connect(memorySocket().socket, third, 'token');
    await vi.waitFor(() => expect(announced).toContainEqual({ memberId: third.id, online: true }));
    announced.length = 0;
    const hellos = [first, second].map((member) => {
      const { socket, sent } = memorySocket();
      return { connection: hub.connect(socket, member, 'token'), sent };
    });
    hub.disconnect(leaving);
    hub.connect(memorySocket().socket, third, 'token');
    await vi.waitFor(() => expect(announced).toHaveLength(2));
    expect(announced.sort((a, b) => a.memberId.localeCompare(b.memberId))).toEqual(
      [first.id, second.id].sort().map((memberId) => ({ memberId, online: true })),
    );
    await Promise.all(hellos.map(({ connection }) => connection.settled()));
    for (const { sent } of hellos) expect(sent[0]?.type).toBe('hello');
  });

  it('sends nothing of a topic to a socket while its access is being checked, nor after it is refused', async () => {
    let answer: (allowed: boolean) => void = () => {};
    hub.registerTopic('gated', {
      canFollow: () => new Promise((resolve) => (answer = resolve)),
    });
    const { connection, sent } = await connected();
    const before = sent.length;
    const following = hub.follow(connection, 'gated:1');
    hub.toTopic('gated:1', live('during-the-check'));
    expect(hub.followers('gated:1')).toEqual([]);
    answer(false);
    expect(await following).toBe(false);
    hub.toTopic('gated:1', live('after-refusal'));
    expect(sent.slice(before)).toEqual([]);
  });

  it('checks access again in one question per member and kind, whatever number of topics and tabs', async () => {
    const asked: string[][] = [];
    let visible = new Set(['a', 'b', 'c']);
    hub.registerTopic('batched', {
      canFollow: async (_member, id) => visible.has(id),
      visibleAmong: async (_member, ids) => {
        asked.push([...ids].sort());
        return new Set(ids.filter((id) => visible.has(id)));
      },
    });
    const first = await connected();
    const { socket, sent } = memorySocket();
    const second = hub.connect(socket, first.member, 'token');
    await second.settled();
    for (const connection of [first.connection, second]) {
      for (const id of ['a', 'b', 'c'])
        expect(await hub.follow(connection, `batched:${id}`)).toBe(true);
    }
    visible = new Set(['a']);
    await hub.recheck([first.member.id], 'batched');
    expect(asked).toEqual([['a', 'b', 'c']]);
    expect([...second.topics].sort()).toEqual(['batched:a']);
    expect([...first.connection.topics].sort()).toEqual(['batched:a']);
    expect(
      sent
        .filter((frame) => frame.type === 'error')
        .map((frame) => frame.type === 'error' && frame.ref),
    ).toEqual(['batched:b', 'batched:c']);
  });

  it('checks access again in one question per topic when many members follow fewer topics, and drops each topic only from those who lost it', async () => {
    const askedPerTopic: [string, number][] = [];
    const allowedIn = new Map<string, Set<string>>();
    hub.registerTopic('busy', {
      canFollow: async () => true,
      visibleAmong: async () => {
        throw new Error('asked per member');
      },
      allowedAmong: async (id, memberIds) => {
        askedPerTopic.push([id, memberIds.length]);
        const allowed = allowedIn.get(id) ?? new Set();
        return new Set(memberIds.filter((memberId) => allowed.has(memberId)));
      },
    });
    const tabs = await Promise.all([1, 2, 3].map(() => connected()));
    const [stays, leaves, other] = tabs;
    if (!stays || !leaves || !other) throw new Error('no tabs');
    for (const { connection } of tabs) {
      expect(await hub.follow(connection, 'busy:room')).toBe(true);
    }
    expect(await hub.follow(stays.connection, 'busy:side')).toBe(true);
    allowedIn.set('room', new Set([stays.member.id, other.member.id]));
    allowedIn.set('side', new Set([stays.member.id]));
    await hub.recheck(
      tabs.map(({ member }) => member.id),
      'busy',
    );
    expect(askedPerTopic.sort()).toEqual([
      ['room', 3],
      ['side', 1],
    ]);
    expect(tabs.map(({ connection }) => [...connection.topics].sort())).toEqual([
      ['busy:room', 'busy:side'],
      [],
      ['busy:room'],
    ]);
    expect(leaves.sent.filter((frame) => frame.type === 'error')).toEqual([
      expect.objectContaining({ code: 'forbidden', ref: 'busy:room' }),
    ]);
  });

  it('checks access again per member when they follow as many topics as there are members', async () => {
    const askedPerMember: string[][] = [];
    hub.registerTopic('spread', {
      canFollow: async () => true,
      visibleAmong: async (_member, ids) => {
        askedPerMember.push([...ids].sort());
        return new Set(ids.filter((id) => id !== 'gone'));
      },
      allowedAmong: async () => {
        throw new Error('asked per topic');
      },
    });
    const { connection } = await connected();
    for (const id of ['kept', 'gone']) {
      expect(await hub.follow(connection, `spread:${id}`)).toBe(true);
    }
    await hub.recheck([connection.member.id], 'spread');
    expect(askedPerMember).toEqual([['gone', 'kept']]);
    expect([...connection.topics]).toEqual(['spread:kept']);
  });
});

describe('a socket before its hello', () => {
  /** A hub of its own, whose first hello waits for its read of who is online. */
  function freshHub() {
    const failures: unknown[] = [];
    const own = createHub({
      db: t.app.db,
      memberFor: async () => null,
      onFailure: (error) => failures.push(error),
      announcePresence: async () => {},
    });
    return { own, failures };
  }

  it('handles the frames that came before its hello after it, in the order they came', async () => {
    const { own, failures } = freshHub();
    await own.start();
    const { socket, sent } = memorySocket();
    const [first, second] = [randomUUID(), randomUUID()];
    const connection = own.connect(socket, await newMember(), 'token');
    // Sent as the socket opened, while the hello still waits for the online list.
    connection.receive(JSON.stringify({ type: 'follow', topic: `thread:${first}` }));
    connection.receive(JSON.stringify({ type: 'follow', topic: `thread:${second}` }));
    await connection.settled();
    // This hub knows no kind of topic: each is refused, in turn, after the hello.
    expect(sent.map((frame) => (frame.type === 'error' ? frame.ref : frame.type))).toEqual([
      'hello',
      `thread:${first}`,
      `thread:${second}`,
    ]);
    expect(failures).toEqual([]);
    await own.stop();
  });

  it('closes a socket whose hello cannot be written, so that the tab tries again', async () => {
    const { own, failures } = freshHub();
    own.setPresencePolicy(async () => {
      throw new Error('the database went away');
    });
    await own.start();
    const closed: number[] = [];
    const { socket, sent } = memorySocket();
    socket.close = (code) => closed.push(code);
    const connection = own.connect(socket, await newMember(), 'token');
    connection.receive(JSON.stringify({ type: 'follow', topic: `thread:${randomUUID()}` }));
    await connection.settled();
    expect(closed).toEqual([CloseCode.internalError]);
    expect(sent).toEqual([]);
    // The hello's read failed, and the arrival's announcement may have failed with it.
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(String(failure)).toContain('the database went away');
    await own.stop();
  });
});
