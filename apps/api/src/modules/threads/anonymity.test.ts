import { ANONYMOUS_AUTHOR_ID } from '@praxis/contracts/common';
import type { Reply, RevealedAuthor, ThreadDetail, ThreadPage } from '@praxis/contracts/threads';
import { auditEntries } from '@praxis/db/schema/audit';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let amra: { id: string; cookie: string };
let bruno: { id: string; cookie: string };
let outsider: { id: string; cookie: string };
let organiser: { id: string; cookie: string; name: string };
let cohort: { id: string; name: string };

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, name: member.name, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  amra = await person({ name: 'Amra Hadžić', handle: 'amra' });
  bruno = await person({ name: 'Bruno Lefèvre', handle: 'bruno' });
  outsider = await person({ name: 'Olli Outsider', handle: 'olli' });
  organiser = await person({ name: 'Orla Organiser', handle: 'orla', role: 'organiser' });
  // Five members at least: fewer are too few to hide among.
  const others = [];
  for (let index = 0; index < 3; index += 1) others.push((await createMember(t.database.db)).id);
  const created = await createCohort(t.database.db, {
    name: 'La Transfo 2023',
    memberIds: [amra.id, bruno.id, ...others],
  });
  cohort = { id: created.id, name: created.name };
});
afterAll(() => t.close());

const masked = (anonymousCohort: { id: string; name: string } | null) => ({
  id: ANONYMOUS_AUTHOR_ID,
  handle: '',
  name: '',
  role: 'member',
  avatar: null,
  anonymous: { cohort: anonymousCohort },
});

async function ask(cookie: string, anonymous: { cohortId: string | null } | null) {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie,
    payload: { kind: 'question', title: 'Is a tender needed?', body: 'Asking.', anonymous },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function reply(cookie: string, threadId: string, payload: object = {}) {
  const response = await t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/replies`,
    cookie,
    payload: { body: 'A reply.', ...payload },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Reply;
}

async function read(cookie: string, threadId: string) {
  const response = await t.request({ method: 'GET', url: `/api/threads/${threadId}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ThreadDetail;
}

async function repliesOf(cookie: string, threadId: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/threads/${threadId}/replies`,
    cookie,
  });
  return (response.json() as { replies: Reply[] }).replies;
}

describe('POST /api/threads with anonymous', () => {
  it('names the author to themself, marked anonymous, and to everyone else as a member of the cohort', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    expect(thread.author).toMatchObject({
      id: amra.id,
      handle: 'amra',
      anonymous: { cohort: { id: cohort.id, name: 'La Transfo 2023' } },
    });
    expect((await read(bruno.cookie, thread.id)).author).toEqual(masked(cohort));
    const asOrganiser = await read(organiser.cookie, thread.id);
    expect(asOrganiser.author).toEqual(masked(cohort));
    expect(asOrganiser.can.revealAuthor).toBe(true);
    expect((await read(bruno.cookie, thread.id)).can.revealAuthor).toBe(false);
  });

  it('names a network-wide anonymous author as a member of the network', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    expect((await read(outsider.cookie, thread.id)).author).toEqual(masked(null));
  });

  it('returns 400 when the cohort is too small to hide among, and stores nothing', async () => {
    const small = await createCohort(t.database.db, {
      name: 'Train the trainers 2025',
      memberIds: [amra.id, bruno.id, outsider.id],
    });
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'question',
        title: 'Signed among three',
        body: 'Asking.',
        anonymous: { cohortId: small.id },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.anonymous).toBe(
      'Too few people are in Train the trainers 2025 to hide among (fewer than 5): post as a member of the network instead.',
    );
    const mine = await t.request({
      method: 'GET',
      url: '/api/threads?author=amra',
      cookie: amra.cookie,
    });
    expect((mine.json() as ThreadPage).threads.map((each) => each.title)).not.toContain(
      'Signed among three',
    );
  });

  it('returns 400 when the author is not in the cohort they sign as, and stores nothing', async () => {
    const other = await createCohort(t.database.db, { memberIds: [bruno.id] });
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: {
        kind: 'question',
        title: 'Signed as a stranger',
        body: 'Asking.',
        anonymous: { cohortId: other.id },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'Choose a cohort you belong to, or post as a member of the network.',
    );
    const mine = await t.request({
      method: 'GET',
      url: '/api/threads?author=amra',
      cookie: amra.cookie,
    });
    expect((mine.json() as ThreadPage).threads.map((each) => each.title)).not.toContain(
      'Signed as a stranger',
    );
  });

  it('leaves anonymous threads out of the author filter for others, not for the author', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    const filter = async (cookie: string) =>
      (
        (
          await t.request({ method: 'GET', url: '/api/threads?author=amra', cookie })
        ).json() as ThreadPage
      ).threads.map((each) => each.id);
    expect(await filter(bruno.cookie)).not.toContain(thread.id);
    expect(await filter(organiser.cookie)).not.toContain(thread.id);
    expect(await filter(amra.cookie)).toContain(thread.id);
  });
});

describe('POST /api/threads/:id/replies in an anonymous thread', () => {
  it("keeps the thread author's replies anonymous as the thread is, marked as the author's, whatever they ask", async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    const own = await reply(amra.cookie, thread.id, { anonymous: null });
    expect(own.author.anonymous).toEqual({ cohort });
    const asBruno = (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asBruno?.author).toEqual(masked(cohort));
    expect(asBruno?.byThreadAuthor).toBe(true);
  });

  it("does not mark an author's anonymous reply in their named thread as the author's", async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(bruno.cookie, thread.id, { anonymous: { cohortId: null } });
    const asAmra = (await repliesOf(amra.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asAmra).toMatchObject({ author: masked(null), byThreadAuthor: false });
  });

  it('gives the name of whom an anonymous reply answers as empty to others', async () => {
    const thread = await ask(bruno.cookie, null);
    const hidden = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const answer = await reply(bruno.cookie, thread.id, { replyToId: hidden.id });
    expect(answer.replyTo).toEqual({ id: hidden.id, authorName: '' });
  });
});

describe('DELETE /api/threads/:id/anonymity', () => {
  it('returns 403 to anyone but the author, organisers too', async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    for (const cookie of [bruno.cookie, organiser.cookie]) {
      const response = await t.request({
        method: 'DELETE',
        url: `/api/threads/${thread.id}/anonymity`,
        cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'Only its author can sign an anonymous post with their name.',
      );
    }
  });

  it('names the author on the thread and on their replies in it', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    const own = await reply(amra.cookie, thread.id);
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as ThreadDetail).author.anonymous).toBeUndefined();
    expect((await read(bruno.cookie, thread.id)).author).toMatchObject({
      id: amra.id,
      handle: 'amra',
    });
    const asBruno = (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id);
    expect(asBruno?.author).toMatchObject({ id: amra.id, name: 'Amra Hadžić' });
  });
});

describe('DELETE /api/threads/:id/replies/:replyId/anonymity', () => {
  it('names the author of an anonymous reply in a named thread', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as Reply).author).toMatchObject({ id: amra.id, handle: 'amra' });
    expect(
      (await repliesOf(bruno.cookie, thread.id)).find((each) => each.id === own.id)?.author.id,
    ).toBe(amra.id);
  });

  it("returns 409 for the thread author's reply while their thread is anonymous", async () => {
    const thread = await ask(amra.cookie, { cohortId: null });
    const own = await reply(amra.cookie, thread.id);
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: amra.cookie,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'Your replies in your anonymous thread stay anonymous while the thread is: sign the thread with your name instead.',
    );
  });

  it('returns 403 to someone else', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}/anonymity`,
      cookie: bruno.cookie,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/threads/:id/author and /replies/:replyId/author', () => {
  it('returns 403 to a member, the author included, and audits nothing', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    for (const cookie of [bruno.cookie, amra.cookie]) {
      const response = await t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/author`,
        cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'Only organisers and admins can see who wrote an anonymous post.',
      );
    }
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.targetId, thread.id));
    expect(entries).toEqual([]);
  });

  it('tells an organiser who wrote a thread, and writes an audit entry for each look', async () => {
    const thread = await ask(amra.cookie, { cohortId: cohort.id });
    for (let look = 0; look < 2; look += 1) {
      const response = await t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/author`,
        cookie: organiser.cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      const revealed = response.json() as RevealedAuthor;
      expect(revealed.author).toMatchObject({ id: amra.id, handle: 'amra', name: 'Amra Hadžić' });
      expect(revealed.anonymousAs).toEqual({ cohort });
    }
    const entries = await t.database.db
      .select({
        action: auditEntries.action,
        actorId: auditEntries.actorId,
        targetType: auditEntries.targetType,
      })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, thread.id));
    expect(entries).toEqual([
      { action: 'thread.author_revealed', actorId: organiser.id, targetType: 'thread' },
      { action: 'thread.author_revealed', actorId: organiser.id, targetType: 'thread' },
    ]);
  });

  it('tells an organiser who wrote a reply, audited as a reply', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/replies/${own.id}/author`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as RevealedAuthor).author.id).toBe(amra.id);
    const [entry] = await t.database.db
      .select({ action: auditEntries.action, details: auditEntries.details })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, own.id));
    expect(entry).toEqual({ action: 'reply.author_revealed', details: { threadId: thread.id } });
  });

  it('returns 409 for a named post', async () => {
    const thread = await ask(bruno.cookie, null);
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/author`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'This post is not anonymous: its author is shown to everyone.',
    );
  });
});

describe('DELETE /api/threads/:id/replies/:replyId by an organiser', () => {
  it('audits the deletion of an anonymous reply without naming its author', async () => {
    const thread = await ask(bruno.cookie, null);
    const own = await reply(amra.cookie, thread.id, { anonymous: { cohortId: null } });
    const response = await t.request({
      method: 'DELETE',
      url: `/api/threads/${thread.id}/replies/${own.id}`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    const entries = await t.database.db
      .select({ action: auditEntries.action, details: auditEntries.details })
      .from(auditEntries)
      .where(eq(auditEntries.targetId, own.id));
    expect(entries).toEqual([{ action: 'reply.deleted', details: { threadId: thread.id } }]);
  });
});
