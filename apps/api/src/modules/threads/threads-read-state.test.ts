import type { ThreadDetail, ThreadPage } from '@praxis/contracts/threads';
import { notifications } from '@praxis/db/schema/notifications';
import { threadReaders } from '@praxis/db/schema/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let amra: { id: string; cookie: string };
let bruno: { id: string; cookie: string };

async function person(handle: string) {
  const member = await createMember(t.database.db, { handle });
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  amra = await person('amra');
  bruno = await person('bruno');
});
afterAll(async () => {
  await t.close();
});

async function newThread() {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: amra.cookie,
    payload: { kind: 'discussion', title: 'Who keeps the pilot going?', body: 'Asking.', tags: [] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

const open = (cookie: string, id: string) =>
  t.request({ method: 'GET', url: `/api/threads/${id}`, cookie });

async function readMark(memberId: string, threadId: string) {
  const [row] = await t.database.db
    .select({ lastReadAt: threadReaders.lastReadAt })
    .from(threadReaders)
    .where(and(eq(threadReaders.threadId, threadId), eq(threadReaders.memberId, memberId)));
  return row?.lastReadAt ?? null;
}

async function unreadIn(cookie: string, id: string) {
  const response = await t.request({ method: 'GET', url: '/api/threads', cookie });
  return (response.json() as ThreadPage).threads.find((thread) => thread.id === id)?.unread;
}

describe("GET /api/threads/:id, the reader's read state", () => {
  it('marks an unread thread read, and leaves the mark of a thread read since its last activity', async () => {
    const thread = await newThread();
    expect(await unreadIn(bruno.cookie, thread.id)).toBe(true);
    expect((await open(bruno.cookie, thread.id)).statusCode).toBe(200);
    const firstRead = await readMark(bruno.id, thread.id);
    expect(firstRead).not.toBeNull();
    expect(await unreadIn(bruno.cookie, thread.id)).toBe(false);

    await open(bruno.cookie, thread.id);
    expect(await readMark(bruno.id, thread.id)).toEqual(firstRead);

    const replied = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/replies`,
      cookie: amra.cookie,
      payload: { body: 'Nobody, so far.' },
    });
    expect(replied.statusCode, replied.body).toBe(201);
    expect(await unreadIn(bruno.cookie, thread.id)).toBe(true);
    await open(bruno.cookie, thread.id);
    expect((await readMark(bruno.id, thread.id))?.getTime()).toBeGreaterThan(
      firstRead?.getTime() ?? 0,
    );
    expect(await unreadIn(bruno.cookie, thread.id)).toBe(false);
  });

  it('marks read the notifications about a thread the reader had already read', async () => {
    const thread = await newThread();
    await open(bruno.cookie, thread.id);
    await t.database.db
      .insert(notifications)
      .values({ memberId: bruno.id, kind: 'mention', actorId: amra.id, threadId: thread.id });
    await open(bruno.cookie, thread.id);
    const left = await t.database.db
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.memberId, bruno.id), eq(notifications.threadId, thread.id)));
    expect(left).toEqual([{ readAt: expect.any(Date) }]);
  });
});
