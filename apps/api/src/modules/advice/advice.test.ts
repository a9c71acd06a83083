import type { Advisers } from '@praxis/contracts/advice';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let asker: { id: string; cookie: string };
const advisers: Record<string, { id: string; email: string }> = {};
const idOf = (handle: string) => advisers[handle]?.id ?? '';
const signInAs = (handle: string) => t.signIn(advisers[handle]?.email ?? '', TEST_PASSWORD);

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

async function ask(title: string, tags: string[], cohortId: string | null = null) {
  const response = await t.request({
    method: 'POST',
    url: '/api/threads',
    cookie: asker.cookie,
    payload: { kind: 'question', title, body: 'Looking for someone who did this.', tags, cohortId },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

beforeAll(async () => {
  t = await createTestApp();
  asker = await person({
    handle: 'asker',
    profile: { openToAdvise: true, expertise: ['procurement'] },
  });
  const profiles = {
    pia: { openToAdvise: true, expertise: ['procurement', 'legal'], headline: 'Public buyer' },
    lea: { openToAdvise: true, adviceTopics: ['legal'], headline: 'Lawyer in a ministry' },
    dan: {
      openToAdvise: true,
      expertise: ['service design'],
      bioSource: 'I ran a procurement reform.',
    },
    nadia: { openToAdvise: false, expertise: ['procurement', 'legal'] },
    zed: { openToAdvise: true, expertise: ['gardening'] },
  };
  for (const [handle, profile] of Object.entries(profiles)) {
    const member = await createMember(t.database.db, { handle, profile });
    advisers[handle] = { id: member.id, email: member.email };
  }
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/threads/:id/advisers', () => {
  it('ranks members open to advise by matching tags and profile words, never the asker', async () => {
    const question = await ask('Procurement rules for a legal pilot', ['procurement', 'legal']);
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: asker.cookie,
    });
    const body = response.json() as Advisers;
    const handles = body.suggested.map((s) => s.member.handle);
    expect(handles[0]).toBe('pia');
    expect(handles).toContain('lea');
    expect(handles).toContain('dan');
    expect(handles).not.toContain('nadia');
    expect(handles).not.toContain('zed');
    expect(handles).not.toContain('asker');
    expect(body.suggested[0]?.reasons).toEqual([
      { kind: 'topics', topics: ['procurement', 'legal'] },
    ]);
    const dan = body.suggested.find((s) => s.member.handle === 'dan');
    expect(dan?.reasons).toEqual([{ kind: 'profile' }]);
    const scores = body.suggested.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts accepted answers to similar questions', async () => {
    const earlier = await ask('Gardening the procurement backlog', ['backlog']);
    const zedCookie = await signInAs('zed');
    const reply = await t.request({
      method: 'POST',
      url: `/api/threads/${earlier.id}/replies`,
      cookie: zedCookie,
      payload: { body: 'Sort it by value.' },
    });
    await t.request({
      method: 'PUT',
      url: `/api/threads/${earlier.id}/accepted`,
      cookie: asker.cookie,
      payload: { replyId: reply.json().id },
    });
    const question = await ask('How to clear a procurement backlog fast?', []);
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: asker.cookie,
    });
    const zed = (response.json() as Advisers).suggested.find((s) => s.member.handle === 'zed');
    expect(zed?.reasons).toContainEqual({ kind: 'acceptedAnswers', count: 1 });
  });

  it('suggests only members who can see a cohort question', async () => {
    const cohort = await createCohort(t.database.db, { memberIds: [asker.id, idOf('lea')] });
    const question = await ask(
      'Cohort legal procurement question',
      ['procurement', 'legal'],
      cohort.id,
    );
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: asker.cookie,
    });
    expect((response.json() as Advisers).suggested.map((s) => s.member.handle)).toEqual(['lea']);
  });
});

describe('POST /api/threads/:id/advice-requests', () => {
  it('asks chosen members once each, notifies them and records who was asked', async () => {
    const question = await ask('Asking two advisers about procurement', ['procurement']);
    const memberIds = [idOf('pia'), idOf('lea')];
    const asked = await t.request({
      method: 'POST',
      url: `/api/threads/${question.id}/advice-requests`,
      cookie: asker.cookie,
      payload: { memberIds },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    // Asked together, at one moment: in no particular order.
    expect((asked.json() as Advisers).asked.map((a) => a.member.handle).sort()).toEqual([
      'lea',
      'pia',
    ]);
    const again = await t.request({
      method: 'POST',
      url: `/api/threads/${question.id}/advice-requests`,
      cookie: asker.cookie,
      payload: { memberIds },
    });
    expect(again.statusCode).toBe(200);
    const inbox = await t.request({
      method: 'GET',
      url: '/api/notifications',
      cookie: await signInAs('pia'),
    });
    const requests = inbox
      .json()
      .notifications.filter((n: { thread: { id: string } | null }) => n.thread?.id === question.id);
    expect(requests).toEqual([
      expect.objectContaining({
        kind: 'advice_request',
        actor: expect.objectContaining({ handle: 'asker' }),
      }),
    ]);
    const view = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: asker.cookie,
    });
    const pia = (view.json() as Advisers).suggested.find((s) => s.member.handle === 'pia');
    expect(pia?.asked).toBe(true);
  });

  it('refuses requests from anyone but the asker, for the asker, and for unknown members', async () => {
    const question = await ask('Only the asker asks for advice', ['procurement']);
    const other = await person();
    const cases: [string, object, number][] = [
      [other.cookie, { memberIds: [idOf('pia')] }, 403],
      [asker.cookie, { memberIds: [asker.id] }, 400],
      [asker.cookie, { memberIds: ['00000000-0000-4000-8000-000000000000'] }, 400],
      [asker.cookie, { memberIds: [] }, 400],
    ];
    for (const [cookie, payload, status] of cases) {
      const response = await t.request({
        method: 'POST',
        url: `/api/threads/${question.id}/advice-requests`,
        cookie,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
    }
  });
});

describe('who was asked, and when', () => {
  it('tells the asker whom they asked and when, first asked first', async () => {
    const question = await ask('Who did I ask about procurement?', ['procurement']);
    const before = Date.now();
    for (const handle of ['lea', 'pia']) {
      await t.request({
        method: 'POST',
        url: `/api/threads/${question.id}/advice-requests`,
        cookie: asker.cookie,
        payload: { memberIds: [idOf(handle)] },
      });
    }
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: asker.cookie,
    });
    const { asked } = response.json() as Advisers;
    expect(asked.map((entry) => entry.member.handle)).toEqual(['lea', 'pia']);
    for (const entry of asked) {
      expect(Date.parse(entry.askedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(entry.askedAt)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('returns 403 to another member who sees the question, and lets an organiser read it', async () => {
    const question = await ask('Nobody else sees whom I asked', ['procurement']);
    await t.request({
      method: 'POST',
      url: `/api/threads/${question.id}/advice-requests`,
      cookie: asker.cookie,
      payload: { memberIds: [idOf('pia')] },
    });
    for (const cookie of [(await person()).cookie, await signInAs('pia')]) {
      const response = await t.request({
        method: 'GET',
        url: `/api/threads/${question.id}/advisers`,
        cookie,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe(
        'Only the person who asked the question, and the organisers, see whom to ask for advice and who was asked.',
      );
    }
    const organiser = await person({ role: 'organiser' });
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.id}/advisers`,
      cookie: organiser.cookie,
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as Advisers).asked.map((entry) => entry.member.handle)).toEqual([
      'pia',
    ]);
  });
});

describe('what suggestions reveal', () => {
  it('does not count answers on cohort threads the asker cannot see', async () => {
    const insider = await person();
    const cohort = await createCohort(t.database.db, { memberIds: [insider.id, idOf('zed')] });
    const secret = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: insider.cookie,
      payload: {
        kind: 'question',
        title: 'Zebra crossings budget secret',
        body: 'Only for us.',
        cohortId: cohort.id,
      },
    });
    const answer = await t.request({
      method: 'POST',
      url: `/api/threads/${secret.json().id}/replies`,
      cookie: await signInAs('zed'),
      payload: { body: 'Paint them yourselves.' },
    });
    await t.request({
      method: 'PUT',
      url: `/api/threads/${secret.json().id}/accepted`,
      cookie: insider.cookie,
      payload: { replyId: answer.json().id },
    });
    const question = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: asker.cookie,
      payload: { kind: 'question', title: 'Zebra crossings budget', body: 'x' },
    });
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/${question.json().id}/advisers`,
      cookie: asker.cookie,
    });
    expect((response.json() as Advisers).suggested.map((s) => s.member.handle)).not.toContain(
      'zed',
    );
    const forInsider = await t.request({
      method: 'POST',
      url: '/api/threads',
      cookie: insider.cookie,
      payload: { kind: 'question', title: 'Zebra crossings budget again', body: 'x' },
    });
    const insiderView = await t.request({
      method: 'GET',
      url: `/api/threads/${forInsider.json().id}/advisers`,
      cookie: insider.cookie,
    });
    expect((insiderView.json() as Advisers).suggested.map((s) => s.member.handle)).toContain('zed');
  });

  it('refuses to ask a member who is not open to advise', async () => {
    const question = await ask('Asking someone who does not advise', ['procurement']);
    const response = await t.request({
      method: 'POST',
      url: `/api/threads/${question.id}/advice-requests`,
      cookie: asker.cookie,
      payload: { memberIds: [idOf('nadia')] },
    });
    expect(response.statusCode).toBe(400);
  });
});
