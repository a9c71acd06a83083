import type { ThreadDetail, ThreadPage } from '@praxis/contracts/threads';
import { notifications } from '@praxis/db/schema/notifications';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let amra: { id: string; cookie: string };
let bruno: { id: string; cookie: string };
let outsider: { id: string; cookie: string };
let organiser: { id: string; cookie: string };
let cohortId: string;

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  amra = await person({ name: 'Amra Hadžić', handle: 'amra' });
  bruno = await person({ name: 'Bruno Lefèvre', handle: 'bruno' });
  outsider = await person({ name: 'Olli Outsider', handle: 'olli' });
  organiser = await person({ name: 'Orla Organiser', handle: 'orla', role: 'organiser' });
  cohortId = (await createCohort(t.database.db, { memberIds: [amra.id, bruno.id] })).id;
});
afterAll(async () => {
  await t.close();
});

const question = {
  kind: 'question',
  title: 'How do you run a procurement pilot?',
  body: 'Our legal service refuses anything that is not a tender. **What worked for you?**',
  tags: ['procurement', 'legal'],
};

async function post(cookie: string, payload: object) {
  const response = await t.request({ method: 'POST', url: '/api/threads', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function list(cookie: string, query = '') {
  const response = await t.request({ method: 'GET', url: `/api/threads${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ThreadPage;
}

describe('POST /api/threads', () => {
  it('creates a question with cooked Markdown, followed and read by its author', async () => {
    const thread = await post(amra.cookie, question);
    expect(thread).toMatchObject({
      kind: 'question',
      title: question.title,
      tags: ['procurement', 'legal'],
      author: { handle: 'amra', name: 'Amra Hadžić' },
      cohort: null,
      solved: false,
      following: true,
      replyCount: 0,
      can: { edit: true, reply: true, accept: true, moderate: false },
    });
    expect(thread.bodyHtml).toContain('<strong>What worked for you?</strong>');
    const forAmra = await list(amra.cookie);
    const forBruno = await list(bruno.cookie);
    expect(forAmra.threads.find((row) => row.id === thread.id)?.unread).toBe(false);
    expect(forBruno.threads.find((row) => row.id === thread.id)?.unread).toBe(true);
  });

  it('stores a story in its template sections, cooked one by one', async () => {
    const story = await post(bruno.cookie, {
      kind: 'failure',
      title: 'Our chatbot for citizen enquiries failed',
      tags: ['chatbots'],
      story: {
        context: 'A prefecture, 2022: long queues on the phone.',
        tried: 'We bought a chatbot.',
        happened: 'Nobody used it; the *queues* stayed.',
        learned: 'Ask the callers before buying anything.',
      },
    });
    expect(story.storyHtml).toMatchObject({
      happened: '<p>Nobody used it; the <em>queues</em> stayed.</p>',
      differently: '',
    });
    expect(story.storySource?.learned).toBe('Ask the callers before buying anything.');
    expect(story.bodyHtml).toBe('');
  });

  it.each([
    ['an empty title', { ...question, title: '  ' }, 'title'],
    ['a body over 20,000 characters', { ...question, body: 'x'.repeat(20_001) }, 'body'],
    ['a tag in an unknown format', { ...question, tags: ['<b>bold</b>'] }, 'tags.0'],
    ['six tags', { ...question, tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] }, 'tags'],
    ['a story without its sections', { ...question, kind: 'success' }, 'story'],
    ['a question without a body', { ...question, body: '' }, 'body'],
    ['an unknown kind', { ...question, kind: 'rant' }, 'kind'],
  ])(
    'refuses %s with a 400 naming the field, and stores nothing',
    async (_case, payload, field) => {
      const before = await list(amra.cookie);
      const response = await t.request({
        method: 'POST',
        url: '/api/threads',
        cookie: amra.cookie,
        payload,
      });
      expect(response.statusCode).toBe(400);
      const { error } = response.json() as { error: { fields: Record<string, string> } };
      expect(error.fields[field]).toBeTruthy();
      expect((await list(amra.cookie)).threads).toHaveLength(before.threads.length);
    },
  );

  it('lets only organisers post announcements', async () => {
    const refused = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: amra.cookie,
      payload: { ...question, kind: 'announcement', title: 'The meetup is on' },
    });
    expect(refused.statusCode).toBe(403);
    const announced = await post(organiser.cookie, {
      ...question,
      kind: 'announcement',
      title: 'The spring exchange is on',
    });
    expect(announced.kind).toBe('announcement');
  });

  it('refuses a cohort thread in a cohort the author is not in', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: outsider.cookie,
      payload: { ...question, cohortId },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.cohortId).toMatch(/your cohorts/);
  });
});

describe('cohort threads', () => {
  it("are seen by the cohort's members and organisers, and by nobody else in any way", async () => {
    const secret = await post(amra.cookie, {
      ...question,
      title: 'Cohort only: our minister changed, what now?',
      body: 'Asking @bruno and @olli about the zeppelin budget.',
      cohortId,
    });
    expect(secret.cohort?.id).toBe(cohortId);
    expect((await list(bruno.cookie)).threads.map((row) => row.id)).toContain(secret.id);
    expect((await list(organiser.cookie)).threads.map((row) => row.id)).toContain(secret.id);
    expect((await list(outsider.cookie)).threads.map((row) => row.id)).not.toContain(secret.id);

    const direct = await t.request({
      method: 'GET',
      url: `/api/threads/${secret.id}`,
      cookie: outsider.cookie,
    });
    expect(direct.statusCode).toBe(404);
    const repliesPage = await t.request({
      method: 'GET',
      url: `/api/threads/${secret.id}/replies`,
      cookie: outsider.cookie,
    });
    expect(repliesPage.statusCode).toBe(404);
    const search = await t.request({
      method: 'GET',
      url: '/api/search?q=zeppelin',
      cookie: outsider.cookie,
    });
    expect(search.json().hits).toEqual([]);
    const searchInside = await t.request({
      method: 'GET',
      url: '/api/search?q=zeppelin',
      cookie: bruno.cookie,
    });
    expect(
      searchInside.json().hits.map((hit: { thread: { id: string } }) => hit.thread.id),
    ).toEqual([secret.id]);
    const similar = await t.request({
      method: 'GET',
      url: `/api/threads/similar?title=${encodeURIComponent('minister changed what now')}`,
      cookie: outsider.cookie,
    });
    expect(similar.json().threads.map((row: { id: string }) => row.id)).not.toContain(secret.id);

    const mentioned = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: bruno.cookie,
    });
    expect(mentioned.json().notifications).toContainEqual(
      expect.objectContaining({ kind: 'mention', thread: { id: secret.id, title: secret.title } }),
    );
    const notMentioned = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: outsider.cookie,
    });
    expect(
      notMentioned
        .json()
        .notifications.filter((n: { thread: { id: string } | null }) => n.thread?.id === secret.id),
    ).toEqual([]);
  });
});

describe('GET /api/threads', () => {
  it('pages by latest activity with a cursor, each thread once, pinned threads first', async () => {
    const author = await person();
    const titles = Array.from({ length: 5 }, (_, i) => `Paging thread number ${i + 1}`);
    const created = [];
    for (const title of titles) created.push(await post(author.cookie, { ...question, title }));
    const pinned = created[0];
    if (!pinned) throw new Error('no thread');
    const pin = await t.request({
      method: 'PUT',
      url: `/api/threads/${pinned.id}/moderation`,
      cookie: organiser.cookie,
      payload: { pinned: true },
    });
    expect(pin.statusCode, pin.body).toBe(200);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?author=${pinned.author.handle}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await list(amra.cookie, query);
      seen.push(...page.threads.map((row) => row.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([titles[0], ...titles.slice(1).reverse()]);
  });

  it('lists unanswered questions and stories by kind, and filters by tag', async () => {
    const unanswered = await list(bruno.cookie, '?view=unanswered');
    expect(unanswered.threads.every((row) => row.kind === 'question' && row.replyCount === 0)).toBe(
      true,
    );
    expect(unanswered.threads.length).toBeGreaterThan(0);
    const failures = await list(bruno.cookie, '?view=stories&kind=failure');
    expect(failures.threads.map((row) => row.title)).toEqual([
      'Our chatbot for citizen enquiries failed',
    ]);
    const tagged = await list(bruno.cookie, '?tag=chatbots');
    expect(tagged.threads.map((row) => row.kind)).toEqual(['failure']);
  });

  it('answers a forged cursor with a 400', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/threads?cursor=bm9wZQ',
      cookie: amra.cookie,
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('moderation', () => {
  it('hides a thread from members but not from its author or organisers', async () => {
    const thread = await post(bruno.cookie, { ...question, title: 'A thread to be hidden' });
    const hide = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/moderation`,
      cookie: organiser.cookie,
      payload: { hidden: true },
    });
    expect(hide.json()).toMatchObject({ hidden: true });
    const asMember = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: amra.cookie,
    });
    expect(asMember.statusCode).toBe(404);
    const asAuthor = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: bruno.cookie,
    });
    expect(asAuthor.json()).toMatchObject({ hidden: true });
  });

  it('refuses moderation to members', async () => {
    const thread = await post(bruno.cookie, { ...question, title: 'Members cannot lock this' });
    const response = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/moderation`,
      cookie: amra.cookie,
      payload: { locked: true },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('PATCH /api/threads/:id', () => {
  it('lets the author edit and marks the thread edited; others get 403', async () => {
    const thread = await post(amra.cookie, { ...question, title: 'A title with a typo in it' });
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}`,
      cookie: amra.cookie,
      payload: { title: 'A title without a typo', body: 'Now with _emphasis_.' },
    });
    expect(edited.json()).toMatchObject({
      title: 'A title without a typo',
      bodyHtml: '<p>Now with <em>emphasis</em>.</p>',
    });
    expect(edited.json().editedAt).not.toBeNull();
    const foreign = await t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}`,
      cookie: bruno.cookie,
      payload: { title: 'Hijacked title here' },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('tells a member an edit newly mentions who may see the thread, and not again those mentioned before', async () => {
    const thread = await post(amra.cookie, {
      ...question,
      title: 'Pilots in our cohort, who signs?',
      body: 'Asking @bruno first.',
      cohortId,
    });
    const mentionsIn = async (cookie: string) => {
      const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
      return (
        response.json().notifications as { kind: string; thread: { id: string } | null }[]
      ).filter((n) => n.kind === 'mention' && n.thread?.id === thread.id);
    };
    expect(await mentionsIn(bruno.cookie)).toHaveLength(1);

    const edited = await t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}`,
      cookie: amra.cookie,
      payload: { body: 'Asking @bruno first, then @orla and @olli.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await mentionsIn(bruno.cookie)).toHaveLength(1);
    expect(await mentionsIn(organiser.cookie)).toHaveLength(1);
    // Outside the cohort, Olli cannot see the thread: he is linked but not told (nothing stored,
    // which the list would hide anyway).
    const toOlli = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.memberId, outsider.id), eq(notifications.threadId, thread.id)));
    expect(toOlli).toEqual([]);
  });
});
