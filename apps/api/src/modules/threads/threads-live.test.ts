import type { ServerFrame } from '@praxis/contracts/realtime';
import { createCohort, createMember } from '@praxis/db/testing/factories';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatSocket, openChatSocket } from '../../testing/chat-client.ts';
import { follow } from '../../testing/chat-sockets.ts';
import { twoInstances } from '../../testing/two-instances.ts';

// Thread pages and lists following live over real websockets, on two API instances sharing one
// database (separate pools and listeners on PostgreSQL; one in-process PGlite otherwise).
const instances = twoInstances();
let sockets: ChatSocket[] = [];
afterEach(() => {
  for (const socket of sockets) socket.close();
  sockets = [];
});

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const live = (socket: ChatSocket) =>
  socket.frames.filter(
    (frame): frame is Extract<ServerFrame, { type: 'live' }> => frame.type === 'live',
  );

async function member(role: 'member' | 'organiser' = 'member') {
  const created = await createMember(instances.a.database.db, { role });
  return { ...created, cookie: await instances.a.signIn(created.email, created.password) };
}

/** A socket of `cookie`'s member on instance a (0) or b (1), past its hello. */
async function connect(cookie: string, instance = 0) {
  const t = instance === 0 ? instances.a : instances.b;
  const socket = await openChatSocket(instances.url(instance), cookie, {
    origin: t.config.publicOrigin,
  });
  sockets.push(socket);
  await socket.waitFor((frame) => frame.type === 'hello');
  return socket;
}

async function newThread(cookie: string, input: { cohortId?: string } = {}) {
  const response = await instances.a.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    payload: { kind: 'discussion', title: 'Live on every instance', body: 'Say so.', ...input },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

async function reply(cookie: string, threadId: string, body = 'Heard.') {
  const response = await instances.b.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie,
    payload: { body },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

describe('following a thread page', () => {
  it('brings each event of a write to every socket following it exactly once, on either instance', async () => {
    const author = await member();
    const readers = await Promise.all([1, 2, 3, 4].map(() => member()));
    const threadId = await newThread(author.cookie);
    const topic = `thread:${threadId}`;
    const followers = await Promise.all(
      readers.map(async (reader, index) => {
        const socket = await connect(reader.cookie, index % 2);
        expect(await follow(socket, topic)).toEqual({ type: 'followed', topic });
        return socket;
      }),
    );
    // One write, several events: the reply itself and the author's notification.
    const replier = readers[0] as (typeof readers)[number];
    const replyId = await reply(replier.cookie, threadId);
    for (const socket of followers) {
      await socket.waitFor((frame) => frame.type === 'live');
    }
    await tick(300);
    for (const socket of followers) {
      expect(live(socket)).toEqual([
        {
          type: 'live',
          topic,
          event: { name: 'thread.reply_created', threadId, replyId, authorId: replier.id },
        },
      ]);
    }
  });

  it('refuses a cohort thread to a member outside the cohort, and tells them nothing of it', async () => {
    const insider = await member();
    const outsider = await member();
    const cohort = await createCohort(instances.a.database.db, { memberIds: [insider.id] });
    const threadId = await newThread(insider.cookie, { cohortId: cohort.id });
    const socket = await connect(outsider.cookie, 1);
    const answer = await follow(socket, `thread:${threadId}`);
    expect(answer).toMatchObject({ type: 'error', code: 'forbidden' });
    await reply(insider.cookie, threadId, 'Only for us.');
    await tick(300);
    expect(live(socket)).toEqual([]);
  });

  it('stops a member who leaves the cohort from following its thread, on every instance', async () => {
    const organiser = await member('organiser');
    const insider = await member();
    const leaving = await member();
    const cohort = await createCohort(instances.a.database.db, {
      memberIds: [insider.id, leaving.id],
    });
    const threadId = await newThread(insider.cookie, { cohortId: cohort.id });
    const topic = `thread:${threadId}`;
    const socket = await connect(leaving.cookie, 1);
    expect(await follow(socket, topic)).toEqual({ type: 'followed', topic });

    const removed = await instances.a.request({
      method: 'DELETE',
      url: `/api/cohorts/${cohort.id}/members/${leaving.id}`,
      cookie: organiser.cookie,
    });
    expect(removed.statusCode).toBe(204);
    await socket.waitFor((frame) => frame.type === 'error' && frame.ref === topic);
    await reply(insider.cookie, threadId, 'After they left.');
    await tick(300);
    expect(live(socket)).toEqual([]);
  });

  it('tells the page of a thread an organiser hides to read it again, then stops following it', async () => {
    const organiser = await member('organiser');
    const author = await member();
    const reader = await member();
    const threadId = await newThread(author.cookie);
    const topic = `thread:${threadId}`;
    const socket = await connect(reader.cookie, 1);
    expect(await follow(socket, topic)).toEqual({ type: 'followed', topic });

    const hidden = await instances.a.request({
      method: 'PUT',
      url: `/api/threads/${threadId}/moderation`,
      cookie: organiser.cookie,
      payload: { hidden: true },
    });
    expect(hidden.statusCode).toBe(200);
    await socket.waitFor((frame) => frame.type === 'error' && frame.ref === topic);
    expect(live(socket)).toEqual([
      { type: 'live', topic, event: { name: 'thread.changed', threadId } },
    ]);
    const page = await instances.a.request({
      method: 'GET',
      url: `/api/threads/${threadId}`,
      cookie: reader.cookie,
    });
    expect(page.statusCode).toBe(404);
    await reply(author.cookie, threadId, 'Still here, hidden.');
    await tick(300);
    expect(live(socket)).toHaveLength(1);
  });

  it('answers a follow without a topic, or with an oversized one, with an invalid frame and keeps serving', async () => {
    const reader = await member();
    const socket = await connect(reader.cookie);
    socket.send({ type: 'follow' });
    socket.send({ type: 'unfollow', topic: `thread:${'x'.repeat(10_000)}` });
    await socket.waitFor(
      () => socket.frames.filter((frame) => frame.type === 'error').length === 2,
    );
    const refused = socket.frames.filter((frame) => frame.type === 'error');
    expect(refused).toEqual([
      {
        type: 'error',
        code: 'invalid',
        message: 'A topic is "threads", "thread:<id>" or "meetup:<id>".',
      },
      {
        type: 'error',
        code: 'invalid',
        message: 'A topic is "threads", "thread:<id>" or "meetup:<id>".',
      },
    ]);
    socket.send({ type: 'ping' });
    await socket.waitFor((frame) => frame.type === 'pong');
  });

  it('refuses a topic that is not a page', async () => {
    const reader = await member();
    const socket = await connect(reader.cookie);
    socket.send({ type: 'follow', topic: 'room:everything' });
    const refused = await socket.waitFor((frame) => frame.type === 'error');
    expect(refused).toMatchObject({
      type: 'error',
      code: 'invalid',
      message: 'A topic is "threads", "thread:<id>" or "meetup:<id>".',
    });
  });
});

describe('following the thread lists', () => {
  it('tells each member of activity in the threads they can see, and of no other', async () => {
    const insider = await member();
    const outsider = await member();
    const cohort = await createCohort(instances.a.database.db, { memberIds: [insider.id] });
    const cohortThread = await newThread(insider.cookie, { cohortId: cohort.id });
    const networkThread = await newThread(insider.cookie);
    const watching = await Promise.all(
      [insider, outsider].map(async (viewer, index) => {
        const socket = await connect(viewer.cookie, index);
        expect(await follow(socket, 'threads')).toEqual({ type: 'followed', topic: 'threads' });
        return socket;
      }),
    );
    await reply(insider.cookie, cohortThread, 'Inside.');
    await reply(insider.cookie, networkThread, 'Outside.');
    const [insiderSocket, outsiderSocket] = watching as [ChatSocket, ChatSocket];
    await outsiderSocket.waitFor(
      (frame) => frame.type === 'live' && frame.event.name === 'thread.activity',
    );
    await insiderSocket.waitFor(
      (frame) =>
        frame.type === 'live' &&
        frame.event.name === 'thread.activity' &&
        frame.event.threadId === networkThread,
    );
    const threadsOf = (socket: ChatSocket) =>
      live(socket).map((frame) => ('threadId' in frame.event ? frame.event.threadId : null));
    expect(threadsOf(insiderSocket)).toEqual([cohortThread, networkThread]);
    expect(threadsOf(outsiderSocket)).toEqual([networkThread]);
  });
});
