import type { MeetupDetail } from '@praxis/contracts/meetups';
import type { Reply, ThreadDetail } from '@praxis/contracts/threads';
import {
  createMeetup,
  createMeetupSeries,
  createMember,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

// Off the record (Chatham House) on threads, replies and meetup notes: who may say so, and that
// it is kept.

let t: TestApp;
let author: { id: string; cookie: string };
let other: { id: string; cookie: string };
let organiser: { id: string; cookie: string };

async function person(overrides: Parameters<typeof createMember>[1] = {}) {
  const member = await createMember(t.database.db, overrides);
  return { id: member.id, cookie: await t.signIn(member.email, TEST_PASSWORD) };
}

beforeAll(async () => {
  t = await createTestApp();
  author = await person({ name: 'Ada Author' });
  other = await person({ name: 'Otto Other' });
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

const readThread = async (id: string) =>
  (
    await t.request({ method: 'GET', url: `/api/threads/${id}`, cookie: other.cookie })
  ).json() as ThreadDetail;

describe('off-the-record threads', () => {
  it('are on the record unless the author says otherwise', async () => {
    expect((await newThread()).offRecord).toBe(false);
    const secret = await newThread({ offRecord: true });
    expect(secret.offRecord).toBe(true);
    expect((await readThread(secret.id)).offRecord).toBe(true);
  });

  it('can be put off the record and back by their author', async () => {
    const thread = await newThread();
    const off = await patchThread(author.cookie, thread.id, { offRecord: true });
    expect(off.statusCode, off.body).toBe(200);
    expect((await readThread(thread.id)).offRecord).toBe(true);
    const on = await patchThread(author.cookie, thread.id, { offRecord: false });
    expect((on.json() as ThreadDetail).offRecord).toBe(false);
  });

  it('can be put off the record by an organiser, who may change nothing else', async () => {
    const thread = await newThread();
    const off = await patchThread(organiser.cookie, thread.id, { offRecord: true });
    expect(off.statusCode, off.body).toBe(200);
    expect((await readThread(thread.id)).offRecord).toBe(true);
    const retitled = await patchThread(organiser.cookie, thread.id, {
      offRecord: false,
      title: 'Renamed by someone else',
    });
    expect(retitled.statusCode).toBe(403);
    expect(retitled.json().error.message).toBe('Only the author can edit a thread.');
    const after = await readThread(thread.id);
    expect([after.title, after.offRecord]).toEqual(['Budget cuts', true]);
  });

  it('refuses another member who tries to put it off the record, and changes nothing', async () => {
    const thread = await newThread();
    const refused = await patchThread(other.cookie, thread.id, { offRecord: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Only the author can edit a thread.');
    expect((await readThread(thread.id)).offRecord).toBe(false);
  });
});

describe('off-the-record replies', () => {
  it('keep what their author chose on posting, and on an edit that says so', async () => {
    const thread = await newThread();
    const url = `/api/threads/${thread.id}/replies`;
    const posted = await t.request({
      method: 'POST',
      url,
      cookie: other.cookie,
      payload: { body: 'Between us: it failed.', offRecord: true },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const reply = posted.json() as Reply;
    expect(reply.offRecord).toBe(true);

    const edit = (payload: Record<string, unknown>) =>
      t.request({ method: 'PATCH', url: `${url}/${reply.id}`, cookie: other.cookie, payload });
    const kept = await edit({ body: 'Between us: it failed twice.' });
    expect(kept.statusCode, kept.body).toBe(200);
    expect((kept.json() as Reply).offRecord).toBe(true);
    const onRecord = await edit({ body: 'It failed twice.', offRecord: false });
    expect((onRecord.json() as Reply).offRecord).toBe(false);

    const listed = await t.request({ method: 'GET', url, cookie: author.cookie });
    expect((listed.json() as { replies: Reply[] }).replies.map((r) => r.offRecord)).toEqual([
      false,
    ]);
  });
});

describe('off-the-record meetup notes', () => {
  it('are kept as the organiser saves them, and stay so when a save does not say', async () => {
    const series = await createMeetupSeries(t.database.db, {});
    const meetup = await createMeetup(t.database.db, {
      seriesId: series.id,
      startsAt: new Date(Date.now() - 3600_000),
    });
    const save = (payload: Record<string, unknown>) =>
      t.request({
        method: 'PUT',
        url: `/api/meetups/${meetup.id}/notes`,
        cookie: organiser.cookie,
        payload,
      });
    const saved = await save({ notes: 'Who said what stays here.', notesOffRecord: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as MeetupDetail).notesOffRecord).toBe(true);
    const again = await save({ notes: 'Who said what stays here, still.' });
    expect((again.json() as MeetupDetail).notesOffRecord).toBe(true);
    const read = await t.request({
      method: 'GET',
      url: `/api/meetups/${meetup.id}`,
      cookie: other.cookie,
    });
    expect((read.json() as MeetupDetail).notesOffRecord).toBe(true);
    const back = await save({ notes: 'On the record now.', notesOffRecord: false });
    expect((back.json() as MeetupDetail).notesOffRecord).toBe(false);
  });
});
