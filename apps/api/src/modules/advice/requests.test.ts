import type { AdviceInbox, AdviceInboxRequest, Advisers } from '@praxis/contracts/advice';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { jobs } from '@praxis/db/schema/jobs';
import { threads } from '@praxis/db/schema/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { PLAN_NOTICE_MAIL } from '../notifications/notifications.service.ts';

let t: TestApp;
type Person = { id: string; cookie: string };
let count = 0;

async function person(profile: NonNullable<Parameters<typeof createMember>[1]>['profile'] = {}) {
  count += 1;
  const member = await createMember(t.database.db, { handle: `person${count}`, profile });
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) } satisfies Person;
}

/** An asker with a question, who asked an adviser about it. */
async function asked() {
  const asker = await person();
  const adviser = await person({ openToAdvise: true, expertise: ['procurement'] });
  const created = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: asker.cookie,
    payload: { kind: 'question', title: 'Buying a pilot', body: 'How?', tags: ['procurement'] },
  });
  const thread = created.json() as ThreadDetail;
  const response = await t.request({
    method: 'POST',
    url: `/api/threads/${thread.id}/advice-requests`,
    cookie: asker.cookie,
    payload: { memberIds: [adviser.id] },
  });
  expect(response.statusCode, response.body).toBe(200);
  return { asker, adviser, thread };
}

const move = (who: Person, threadId: string, adviserId: string, state: string) =>
  t.request({
    method: 'POST',
    url: `/api/threads/${threadId}/advice-requests/${adviserId}/state`,
    cookie: who.cookie,
    payload: { state },
  });

const thank = (who: Person, threadId: string, adviserId: string, helped: boolean) =>
  t.request({
    method: 'PUT',
    url: `/api/threads/${threadId}/advice-requests/${adviserId}/thanks`,
    cookie: who.cookie,
    payload: { helped },
  });

async function kindsFor(who: Person, threadId: string) {
  const response = await t.request({
    method: 'GET',
    url: '/api/notifications',
    cookie: who.cookie,
  });
  return (response.json().notifications as { kind: string; thread: { id: string } | null }[])
    .filter((n) => n.thread?.id === threadId)
    .map((n) => n.kind);
}

async function standing(asker: Person, threadId: string) {
  const response = await t.request({
    method: 'GET',
    url: `/api/threads/${threadId}/advisers`,
    cookie: asker.cookie,
  });
  return (response.json() as Advisers).asked[0];
}

const helpedCount = async (who: Person, memberId: string) =>
  (
    await t.request({ method: 'GET', url: `/api/advice/members/${memberId}`, cookie: who.cookie })
  ).json().helpedCount;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('an advice request from pending to done', () => {
  it('lets the adviser accept and mark done, tells the asker each time, and shows where it stands', async () => {
    const { asker, adviser, thread } = await asked();
    const pending = await standing(asker, thread.id);
    expect(pending).toMatchObject({ state: 'pending', answeredAt: null, doneAt: null });
    expect(
      new Date(pending?.expiresAt ?? 0).getTime() - new Date(pending?.askedAt ?? 0).getTime(),
    ).toBe(14 * DAY);

    const inbox = await t.request({
      method: 'GET',
      url: '/api/advice/requests',
      cookie: adviser.cookie,
    });
    expect((inbox.json() as AdviceInbox).requests).toEqual([
      expect.objectContaining({
        thread: { id: thread.id, title: 'Buying a pilot' },
        state: 'pending',
      }),
    ]);

    const accepted = await move(adviser, thread.id, adviser.id, 'accepted');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as AdviceInboxRequest).state).toBe('accepted');
    expect((await standing(asker, thread.id))?.expiresAt).toBeNull();
    expect((await move(adviser, thread.id, adviser.id, 'done')).statusCode).toBe(200);
    expect(await standing(asker, thread.id)).toMatchObject({ state: 'done', helped: null });
    expect(await kindsFor(asker, thread.id)).toEqual(['advice_done', 'advice_accepted']);
  });

  it('lets only the adviser accept or decline, and only the two of them mark it done', async () => {
    const { asker, adviser, thread } = await asked();
    const stranger = await person();
    const refusedAccept = await move(asker, thread.id, adviser.id, 'accepted');
    expect(refusedAccept.statusCode).toBe(403);
    expect(refusedAccept.json().error.message).toBe(
      'Only the member asked can accept or decline a request for advice.',
    );
    expect((await move(stranger, thread.id, adviser.id, 'declined')).statusCode).toBe(403);
    const early = await move(asker, thread.id, adviser.id, 'done');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Only an accepted request can be marked done.');

    expect((await move(adviser, thread.id, adviser.id, 'accepted')).statusCode).toBe(200);
    const again = await move(adviser, thread.id, adviser.id, 'declined');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'This request was already answered or has expired: it can no longer be accepted or declined.',
    );
    const strangerDone = await move(stranger, thread.id, adviser.id, 'done');
    expect(strangerDone.statusCode).toBe(403);
    expect(strangerDone.json().error.message).toBe(
      'Only the adviser and the person who asked can mark a request for advice done.',
    );
    expect((await move(asker, thread.id, adviser.id, 'done')).statusCode).toBe(200);
    expect((await move(asker, thread.id, stranger.id, 'done')).statusCode).toBe(404);
  });

  it('answers 404 and moves nothing when the adviser can no longer see the question', async () => {
    const { asker, adviser, thread } = await asked();
    await t.database.db
      .update(threads)
      .set({ hiddenAt: new Date() })
      .where(eq(threads.id, thread.id));
    const refused = await move(adviser, thread.id, adviser.id, 'accepted');
    expect(refused.statusCode).toBe(404);
    expect((await standing(asker, thread.id))?.state).toBe('pending');
  });

  it('tells the asker when the adviser declines', async () => {
    const { asker, adviser, thread } = await asked();
    expect((await move(adviser, thread.id, adviser.id, 'declined')).statusCode).toBe(200);
    expect(await kindsFor(asker, thread.id)).toEqual(['advice_declined']);
    expect((await standing(asker, thread.id))?.state).toBe('declined');
  });
});

describe('"Did this help?"', () => {
  it('counts a yes on the adviser once per asker, and lets the asker change their answer', async () => {
    const { asker, adviser, thread } = await asked();
    const tooEarly = await thank(asker, thread.id, adviser.id, true);
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.message).toBe(
      'You can say whether it helped once the request is marked done.',
    );
    await move(adviser, thread.id, adviser.id, 'accepted');
    await move(adviser, thread.id, adviser.id, 'done');

    const notAsker = await thank(adviser, thread.id, adviser.id, true);
    expect(notAsker.statusCode).toBe(403);
    expect(notAsker.json().error.message).toBe(
      'Only the person who asked for advice can say whether it helped.',
    );
    expect((await thank(asker, thread.id, adviser.id, true)).statusCode).toBe(200);
    expect(await helpedCount(asker, adviser.id)).toBe(1);
    expect((await standing(asker, thread.id))?.helped).toBe(true);
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_thanks', 'advice_request']);

    expect((await thank(asker, thread.id, adviser.id, false)).statusCode).toBe(200);
    expect(await helpedCount(asker, adviser.id)).toBe(0);
    expect((await thank(asker, thread.id, adviser.id, true)).statusCode).toBe(200);
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_thanks', 'advice_request']);
    const settings = await t.request({
      method: 'GET',
      url: '/api/advice/settings',
      cookie: adviser.cookie,
    });
    expect(settings.json().helpedCount).toBe(1);
  });

  it('counts in matching as a reason and a bump in the score', async () => {
    const { asker, adviser, thread } = await asked();
    await move(adviser, thread.id, adviser.id, 'accepted');
    await move(adviser, thread.id, adviser.id, 'done');
    await thank(asker, thread.id, adviser.id, true);
    const other = await person();
    const next = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: other.cookie,
      payload: {
        kind: 'question',
        title: 'Procurement again',
        body: 'Who?',
        tags: ['procurement'],
      },
    });
    const advisers = await t.request({
      method: 'GET',
      url: `/api/threads/${(next.json() as ThreadDetail).id}/advisers`,
      cookie: other.cookie,
    });
    const suggested = (advisers.json() as Advisers).suggested;
    const thanked = suggested.find((s) => s.member.id === adviser.id);
    expect(thanked?.reasons).toContainEqual({ kind: 'helped', count: 1 });
    const plain = suggested.find((s) => !s.reasons.some((r) => r.kind === 'helped'));
    expect(thanked?.score).toBeCloseTo((plain?.score ?? 0) + 0.25, 3);
  });
});

describe('a request nobody answers', () => {
  async function runAt(now: Date) {
    await t.database.db
      .update(jobs)
      .set({ doneAt: new Date() })
      .where(and(eq(jobs.kind, PLAN_NOTICE_MAIL), isNull(jobs.doneAt)));
    return t.app.jobs.runDue({ now });
  }

  it('reminds the adviser once three days before, then expires after 14 days and tells the asker', async () => {
    const { asker, adviser, thread } = await asked();
    const askedAt = new Date((await standing(asker, thread.id))?.askedAt ?? 0).getTime();
    await runAt(new Date(askedAt + 10 * DAY));
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_request']);
    await runAt(new Date(askedAt + 11 * DAY + 60_000));
    await runAt(new Date(askedAt + 12 * DAY));
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_reminder', 'advice_request']);
    expect((await standing(asker, thread.id))?.state).toBe('pending');

    await runAt(new Date(askedAt + 14 * DAY + 60_000));
    expect((await standing(asker, thread.id))?.state).toBe('expired');
    expect(await kindsFor(asker, thread.id)).toEqual(['advice_expired']);
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_reminder', 'advice_request']);
    expect((await move(adviser, thread.id, adviser.id, 'accepted')).statusCode).toBe(409);
  });

  it('neither reminds nor expires a request the adviser accepted', async () => {
    const { asker, adviser, thread } = await asked();
    await move(adviser, thread.id, adviser.id, 'accepted');
    const askedAt = new Date((await standing(asker, thread.id))?.askedAt ?? 0).getTime();
    await runAt(new Date(askedAt + 15 * DAY));
    expect((await standing(asker, thread.id))?.state).toBe('accepted');
    expect(await kindsFor(adviser, thread.id)).toEqual(['advice_request']);
    expect(await kindsFor(asker, thread.id)).toEqual(['advice_accepted']);
  });
});
