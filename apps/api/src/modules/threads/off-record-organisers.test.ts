import type { ThreadDetail } from '@praxis/contracts/threads';
import { auditEntries } from '@praxis/db/schema/audit';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// An organiser may put someone else's thread off the record, audited; taking it back on the
// record is its author's choice alone.

let t: TestApp;
let author: { id: string; cookie: string };
let organiser: { id: string; cookie: string };

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  author = await person({ name: 'Ada Author' });
  organiser = await person({ name: 'Orla Organiser', role: 'organiser' });
});
afterAll(async () => {
  await t.close();
});

async function newThread(payload: Record<string, unknown> = {}) {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: author.cookie,
    payload: { kind: 'discussion', title: 'Budget cuts', body: 'What we saw.', ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

const patchThread = (cookie: string, id: string, payload: Record<string, unknown>) =>
  t.request({ method: 'PATCH', url: `/api/threads/${id}`, cookie, payload });

const auditOf = (threadId: string) =>
  t.database.db
    .select({
      action: auditEntries.action,
      actorId: auditEntries.actorId,
      targetType: auditEntries.targetType,
      details: auditEntries.details,
    })
    .from(auditEntries)
    .where(eq(auditEntries.targetId, threadId));

describe("an organiser and someone else's thread off the record", () => {
  it('puts it off the record with an audit entry naming the thread and its author', async () => {
    const thread = await newThread();
    const off = await patchThread(organiser.cookie, thread.id, { offRecord: true });
    expect(off.statusCode, off.body).toBe(200);
    expect(await auditOf(thread.id)).toEqual([
      {
        action: 'thread.put_off_record',
        actorId: organiser.id,
        targetType: 'thread',
        details: { authorId: author.id },
      },
    ]);
  });

  it('never names the author of an anonymous thread in the audit entry', async () => {
    const thread = await newThread({ anonymous: { cohortId: null } });
    await patchThread(organiser.cookie, thread.id, { offRecord: true });
    const [entry] = await auditOf(thread.id);
    expect([entry?.action, entry?.details]).toEqual(['thread.put_off_record', null]);
  });

  it('refuses to take it back on the record with 403 and the reason, and keeps it off', async () => {
    const thread = await newThread({ offRecord: true });
    const refused = await patchThread(organiser.cookie, thread.id, { offRecord: false });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe(
      'Only the author can take their thread back on the record; organisers may only put it off the record.',
    );
    const read = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: author.cookie,
    });
    expect((read.json() as ThreadDetail).offRecord).toBe(true);
    expect(await auditOf(thread.id)).toEqual([]);
  });

  it('audits nothing when the author puts their own thread off the record and back', async () => {
    const thread = await newThread();
    expect((await patchThread(author.cookie, thread.id, { offRecord: true })).statusCode).toBe(200);
    expect((await patchThread(author.cookie, thread.id, { offRecord: false })).statusCode).toBe(
      200,
    );
    expect(await auditOf(thread.id)).toEqual([]);
  });
});
