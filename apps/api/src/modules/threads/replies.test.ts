import type { NotificationPage } from '@praxis/contracts/notifications';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import { notifications as notificationRows } from '@praxis/db/schema/notifications';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { MENTIONS_PER_HOUR } from '../notifications/mentions.service.ts';

let t: TestApp;
let asker: { id: string; cookie: string };
let adviser: { id: string; cookie: string };
let reader: { id: string; cookie: string };
let organiser: { id: string; cookie: string };

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  asker = await person({ name: 'Asha Asker', handle: 'asha' });
  adviser = await person({ name: 'Aldo Adviser', handle: 'aldo' });
  reader = await person({ name: 'Rita Reader', handle: 'rita' });
  organiser = await person({ name: 'Orla Organiser', handle: 'orla', role: 'organiser' });
});
afterAll(async () => {
  await t.close();
});

async function newQuestion(title = 'How do we get legal sign-off for a pilot?') {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: asker.cookie,
    payload: { kind: 'question', title, body: 'Any precedent helps.', tags: ['legal'] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function reply(cookie: string, threadId: string, payload: object) {
  return t.request({ method: 'POST', url: `/api/threads/${threadId}/replies`, cookie, payload });
}

async function notifications(cookie: string) {
  const response = await t.request({ method: 'GET', url: '/api/notifications', cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NotificationPage;
}

describe('replies', () => {
  it('notifies followers of a reply, mentioned members of a mention, and counts it', async () => {
    const thread = await newQuestion();
    const before = (await notifications(asker.cookie)).unreadCount;
    const posted = await reply(adviser.cookie, thread.id, {
      body: 'We used an *experimentation clause*. @rita wrote the memo.',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const body = posted.json() as Reply;
    expect(body.bodyHtml).toContain('<a href="/members/rita" class="mention">@rita</a>');
    expect(body.bodyHtml).toContain('<em>experimentation clause</em>');

    const forAsker = await notifications(asker.cookie);
    expect(forAsker.unreadCount).toBe(before + 1);
    expect(forAsker.notifications[0]).toMatchObject({
      kind: 'reply',
      actor: { handle: 'aldo' },
      thread: { id: thread.id },
      replyId: body.id,
      read: false,
    });
    const forRita = await notifications(reader.cookie);
    expect(
      forRita.notifications.filter((n) => n.thread?.id === thread.id).map((n) => n.kind),
    ).toEqual(['mention']);
    const forAldo = await notifications(adviser.cookie);
    expect(forAldo.notifications.filter((n) => n.thread?.id === thread.id)).toEqual([]);

    const detail = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: asker.cookie,
    });
    expect(detail.json()).toMatchObject({ replyCount: 1 });
    expect((await notifications(asker.cookie)).unreadCount).toBe(before);
  });

  it('tells a member an edit newly mentions, and never twice whoever the reply told already', async () => {
    const thread = await newQuestion('Who signs off a sandbox?');
    const mentionsIn = async (cookie: string) =>
      (await notifications(cookie)).notifications.filter(
        (n) => n.kind === 'mention' && n.thread?.id === thread.id,
      );
    const posted = (
      await reply(adviser.cookie, thread.id, { body: 'Ask @rita, she knows.' })
    ).json() as Reply;
    expect(await mentionsIn(reader.cookie)).toHaveLength(1);

    const edited = await t.request({
      method: 'PATCH',
      url: `/api/threads/${thread.id}/replies/${posted.id}`,
      cookie: adviser.cookie,
      payload: { body: 'Ask @rita or @orla, they know.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await mentionsIn(reader.cookie)).toHaveLength(1);
    const [told, ...more] = await mentionsIn(organiser.cookie);
    expect(more).toEqual([]);
    expect(told).toMatchObject({ actor: { handle: 'aldo' }, replyId: posted.id });

    // Taking the mentions out and putting them back tells nobody again.
    for (const body of ['Ask around.', 'Ask @rita or @orla, really.']) {
      const again = await t.request({
        method: 'PATCH',
        url: `/api/threads/${thread.id}/replies/${posted.id}`,
        cookie: adviser.cookie,
        payload: { body },
      });
      expect(again.statusCode, again.body).toBe(200);
    }
    expect(await mentionsIn(reader.cookie)).toHaveLength(1);
    expect(await mentionsIn(organiser.cookie)).toHaveLength(1);
  });

  it("answers 429 to a reply whose mentions would pass the author's hourly budget, storing nothing", async () => {
    const thread = await newQuestion('Who knows the budget rules?');
    const busy = await createMember(t.database.db);
    const busyCookie = await t.signIn(busy.email, TEST_PASSWORD);
    await t.database.db.insert(notificationRows).values(
      Array.from({ length: MENTIONS_PER_HOUR }, () => ({
        memberId: reader.id,
        actorId: busy.id,
        kind: 'chat_mention',
      })),
    );
    const refused = await reply(busyCookie, thread.id, { body: 'Ask @orla about it.' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/Post it without @mentions, or wait a while/);
    const detail = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: asker.cookie,
    });
    expect(detail.json()).toMatchObject({ replyCount: 0 });
    const toOrla = (await notifications(organiser.cookie)).notifications.filter(
      (n) => n.thread?.id === thread.id,
    );
    expect(toOrla).toEqual([]);
  });

  it('answers a reply with a reference to it, and tells its author', async () => {
    const thread = await newQuestion('Who has run a citizen panel?');
    const first = (
      await reply(adviser.cookie, thread.id, { body: 'We did, in Lyon.' })
    ).json() as Reply;
    await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/following`,
      cookie: adviser.cookie,
      payload: { following: false },
    });
    const answer = await reply(reader.cookie, thread.id, {
      body: '> We did, in Lyon.\n\nHow many citizens?',
      replyToId: first.id,
    });
    expect(answer.json()).toMatchObject({ replyTo: { id: first.id, authorName: 'Aldo Adviser' } });
    expect(answer.json().bodyHtml).toContain('<blockquote>');
    const forAldo = await notifications(adviser.cookie);
    expect(forAldo.notifications[0]).toMatchObject({ kind: 'reply', actor: { handle: 'rita' } });
  });

  it('edits a reply showing "edited", and deletes it leaving a "deleted" mark', async () => {
    const thread = await newQuestion('Editing and deleting replies works?');
    const posted = (
      await reply(adviser.cookie, thread.id, { body: 'First draft' })
    ).json() as Reply;
    const url = `/api/threads/${thread.id}/replies/${posted.id}`;
    const edited = await t.request({
      method: 'PATCH',
      url,
      cookie: adviser.cookie,
      payload: { body: 'Second draft' },
    });
    expect(edited.json()).toMatchObject({ bodyHtml: '<p>Second draft</p>' });
    expect(edited.json().editedAt).not.toBeNull();
    const foreignEdit = await t.request({
      method: 'PATCH',
      url,
      cookie: reader.cookie,
      payload: { body: 'Mine now' },
    });
    expect(foreignEdit.statusCode).toBe(403);
    const deleted = await t.request({ method: 'DELETE', url, cookie: adviser.cookie });
    expect(deleted.json()).toMatchObject({ deleted: true, bodySource: '', bodyHtml: '' });
    const page = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}/replies`,
      cookie: reader.cookie,
    });
    expect(page.json().replies).toEqual([
      expect.objectContaining({ id: posted.id, deleted: true, bodyHtml: '' }),
    ]);
    const thread2 = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: reader.cookie,
    });
    expect(thread2.json().replyCount).toBe(0);
    const again = await t.request({
      method: 'PATCH',
      url,
      cookie: adviser.cookie,
      payload: { body: 'Back' },
    });
    expect(again.statusCode).toBe(409);
  });

  it.each([
    ['an empty reply', { body: '   ' }],
    ['a reply over 20,000 characters', { body: 'x'.repeat(20_001) }],
    [
      'a reply to a reply of another thread',
      { body: 'Hi', replyToId: '00000000-0000-4000-8000-000000000000' },
    ],
    ['a NUL character', { body: 'a\u0000b' }],
  ])('refuses %s with a 400', async (_case, payload) => {
    const thread = await newQuestion('Refusing bad replies works?');
    const response = await reply(adviser.cookie, thread.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBeTruthy();
  });

  it('refuses a reply to a locked thread with a 409, except from organisers', async () => {
    const thread = await newQuestion('This question will be locked');
    await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/moderation`,
      cookie: organiser.cookie,
      payload: { locked: true },
    });
    const refused = await reply(adviser.cookie, thread.id, { body: 'Too late?' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/locked/);
    const fromOrganiser = await reply(organiser.cookie, thread.id, {
      body: 'Locked: see the guide.',
    });
    expect(fromOrganiser.statusCode).toBe(201);
  });
});

describe('accepted answers', () => {
  it('lets the asker accept a reply: the thread is solved and the replier told', async () => {
    const thread = await newQuestion('Which clause allows a pilot?');
    const answer = (
      await reply(adviser.cookie, thread.id, { body: 'Article 2 of the decree.' })
    ).json() as Reply;
    const byOther = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/accepted`,
      cookie: reader.cookie,
      payload: { replyId: answer.id },
    });
    expect(byOther.statusCode).toBe(403);
    const accepted = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/accepted`,
      cookie: asker.cookie,
      payload: { replyId: answer.id },
    });
    expect(accepted.json()).toMatchObject({ solved: true, acceptedReplyId: answer.id });
    const solvedList = await t.request({
      method: 'GET',
      url: '/api/threads?view=latest',
      cookie: reader.cookie,
    });
    expect(
      solvedList.json().threads.find((row: { id: string }) => row.id === thread.id).solved,
    ).toBe(true);
    expect((await notifications(adviser.cookie)).notifications[0]).toMatchObject({
      kind: 'accepted_answer',
      replyId: answer.id,
      actor: { handle: 'asha' },
    });
    const page = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}/replies`,
      cookie: asker.cookie,
    });
    expect(page.json().replies[0].accepted).toBe(true);
  });

  it('refuses an accepted answer on a story with a 409', async () => {
    const story = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: asker.cookie,
      payload: {
        kind: 'success',
        title: 'A sprint that worked',
        story: {
          context: 'A benefits office.',
          tried: 'A sprint.',
          happened: 'Queues halved.',
          learned: 'Go see.',
        },
      },
    });
    const reply1 = (
      await reply(adviser.cookie, story.json().id, { body: 'Nice.' })
    ).json() as Reply;
    const response = await t.request({
      method: 'PUT',
      url: `/api/threads/${story.json().id}/accepted`,
      cookie: asker.cookie,
      payload: { replyId: reply1.id },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('helpful marks', () => {
  it('counts each member once, names who marked, and refuses marking your own post', async () => {
    const thread = await newQuestion('Helpful marks count once?');
    const answer = (await reply(adviser.cookie, thread.id, { body: 'Yes.' })).json() as Reply;
    const mark = (cookie: string, helpful = true) =>
      t.request({
        method: 'PUT',
        url: `/api/threads/${thread.id}/helpful`,
        cookie,
        payload: { helpful, replyId: answer.id },
      });
    await mark(asker.cookie);
    const twice = await mark(asker.cookie);
    expect(twice.json()).toEqual({ count: 1, byMe: true, by: ['Asha Asker'] });
    const second = await mark(reader.cookie);
    expect(second.json()).toEqual({ count: 2, byMe: true, by: ['Rita Reader', 'Asha Asker'] });
    expect((await mark(adviser.cookie)).statusCode).toBe(403);
    const undone = await mark(reader.cookie, false);
    expect(undone.json()).toMatchObject({ count: 1, byMe: false });
    const list = await t.request({ method: 'GET', url: '/api/threads', cookie: asker.cookie });
    expect(
      list.json().threads.find((row: { id: string }) => row.id === thread.id).helpfulCount,
    ).toBe(1);
  });
});

describe('flags', () => {
  it('reach every organiser, once per member and post, and organisers resolve them', async () => {
    const thread = await newQuestion('A post someone will flag');
    const flag = () =>
      t.request({
        method: 'POST',
        url: `/api/threads/${thread.id}/flags`,
        cookie: reader.cookie,
        payload: { reason: 'Names a colleague without consent.' },
      });
    expect((await flag()).statusCode).toBe(204);
    expect((await flag()).statusCode).toBe(409);
    expect((await notifications(organiser.cookie)).notifications[0]).toMatchObject({
      kind: 'flag',
      detail: { reason: 'Names a colleague without consent.' },
      thread: { id: thread.id },
    });
    expect(
      (await t.request({ method: 'GET', url: '/api/flags', cookie: reader.cookie })).statusCode,
    ).toBe(403);
    const open = await t.request({ method: 'GET', url: '/api/flags', cookie: organiser.cookie });
    const [listed] = open.json().flags;
    expect(listed).toMatchObject({ threadId: thread.id, flaggedBy: { handle: 'rita' } });
    const resolved = await t.request({
      method: 'POST',
      url: `/api/flags/${listed.id}/resolve`,
      cookie: organiser.cookie,
    });
    expect(resolved.statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/api/flags', cookie: organiser.cookie });
    expect(after.json().flags).toEqual([]);
  });

  it('refuses a flag without a reason', async () => {
    const thread = await newQuestion('A flag needs a reason');
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/flags`,
      cookie: reader.cookie,
      payload: { reason: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.reason).toMatch(/why/);
  });
});

describe('notifications', () => {
  it('marks one and then all read, and refuses another member’s notification', async () => {
    const thread = await newQuestion('Notifications get read');
    await reply(adviser.cookie, thread.id, { body: 'One' });
    await reply(reader.cookie, thread.id, { body: 'Two' });
    const page = await notifications(asker.cookie);
    const [first] = page.notifications;
    if (!first) throw new Error('no notification');
    const foreign = await t.request({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      cookie: reader.cookie,
    });
    expect(foreign.statusCode).toBe(404);
    const one = await t.request({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
      cookie: asker.cookie,
    });
    expect(one.json().unreadCount).toBe(page.unreadCount - 1);
    const all = await t.request({
      method: 'POST',
      url: '/api/notifications/read-all',
      cookie: asker.cookie,
    });
    expect(all.json()).toEqual({ unreadCount: 0 });
    const unread = await t.request({
      method: 'GET',
      url: '/api/notifications?unread=true',
      cookie: asker.cookie,
    });
    expect(unread.json().notifications).toEqual([]);
  });

  it('publishes committed notifications and the new reply on the bus for live delivery', async () => {
    const thread = await newQuestion('The bus hears of replies');
    const heard: string[] = [];
    const stops = [
      t.app.realtime.on('notification.created', (stored) => {
        heard.push(`${stored.kind}:${stored.memberId}`);
      }),
      t.app.realtime.on('thread.reply_created', (created) => {
        heard.push(`reply_created:${created.threadId}:${created.authorId}`);
      }),
    ];
    await reply(adviser.cookie, thread.id, { body: 'Heard?' });
    await expect.poll(() => heard.length).toBe(2);
    for (const stop of stops) stop();
    expect(heard).toEqual([`reply:${asker.id}`, `reply_created:${thread.id}:${adviser.id}`]);
  });
});

describe('deleted replies', () => {
  it('count once however many deletes race, and take their helpful marks with them', async () => {
    const thread = await newQuestion('Racing deletes count once');
    const kept = (await reply(adviser.cookie, thread.id, { body: 'Kept' })).json() as Reply;
    const doomed = (await reply(adviser.cookie, thread.id, { body: 'Doomed' })).json() as Reply;
    await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/helpful`,
      cookie: reader.cookie,
      payload: { helpful: true, replyId: doomed.id },
    });
    const url = `/api/threads/${thread.id}/replies/${doomed.id}`;
    const statuses = await Promise.all(
      [1, 2, 3].map(() => t.request({ method: 'DELETE', url, cookie: adviser.cookie })),
    );
    expect(statuses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409]);
    const after = await t.request({
      method: 'GET',
      url: `/api/threads/${thread.id}`,
      cookie: reader.cookie,
    });
    expect(after.json()).toMatchObject({ replyCount: 1, helpfulCount: 0 });
    const markDeleted = await t.request({
      method: 'PUT',
      url: `/api/threads/${thread.id}/helpful`,
      cookie: reader.cookie,
      payload: { helpful: true, replyId: doomed.id },
    });
    expect(markDeleted.statusCode).toBe(404);
    const flagDeleted = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/flags`,
      cookie: reader.cookie,
      payload: { reason: 'Was rude', replyId: doomed.id },
    });
    expect(flagDeleted.statusCode).toBe(404);
    expect(kept.deleted).toBe(false);
  });
});

describe('odd input', () => {
  it.each([
    ['a NUL in a search', 'GET', '/api/search?q=ab%00cd'],
    ['a NUL in an author filter', 'GET', '/api/threads?author=a%00b'],
    ['a NUL in a similar title', 'GET', '/api/threads/similar?title=procurement%00pilot%20law'],
    [
      'a cursor with an impossible pin',
      'GET',
      `/api/threads?cursor=${cursor({ pinned: 1e12, at: '2024-01-01T00:00:00Z' })}`,
    ],
    [
      'a cursor from year zero',
      'GET',
      `/api/threads?cursor=${cursor({ pinned: 0, at: '0000-01-01T00:00:00Z' })}`,
    ],
    [
      'a search cursor with an impossible rank',
      'GET',
      `/api/search?q=pilot&cursor=${cursor({ rank: 1e300 })}`,
    ],
  ])('answers %s with a 400', async (_case, method, url) => {
    const response = await t.request({ method: method as 'GET', url, cookie: reader.cookie });
    expect(response.statusCode, response.body).toBe(400);
  });

  it('refuses a flag reason with a NUL, and an organiser posting to a cohort that is not there', async () => {
    const thread = await newQuestion('Odd flags and cohorts');
    const flag = await t.request({
      method: 'POST',
      url: `/api/threads/${thread.id}/flags`,
      cookie: reader.cookie,
      payload: { reason: 'bad\u0000x' },
    });
    expect(flag.statusCode).toBe(400);
    const posted = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: organiser.cookie,
      payload: {
        kind: 'discussion',
        title: 'To a cohort that is not there',
        body: 'x',
        cohortId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(posted.statusCode).toBe(400);
    expect(posted.json().error.fields.cohortId).toBeTruthy();
  });
});

function cursor(position: object) {
  return Buffer.from(
    JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', ...position }),
  ).toString('base64url');
}
