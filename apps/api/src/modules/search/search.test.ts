import type { SearchPage } from '@praxis/contracts/search';
import type { ThreadDetail } from '@praxis/contracts/threads';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { snippetParts } from './search.service.ts';

let t: TestApp;
let cookie: string;
let story: ThreadDetail;
let question: ThreadDetail;

async function post(payload: object) {
  const response = await t.request({ method: 'POST', url: '/api/threads', cookie, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ThreadDetail;
}

async function search(query: string) {
  const response = await t.request({ method: 'GET', url: `/api/search?${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SearchPage;
}

beforeAll(async () => {
  t = await createTestApp();
  const member = await createMember(t.database.db, { handle: 'sam' });
  cookie = await t.signIn(member.email, TEST_PASSWORD);
  story = await post({
    kind: 'failure',
    title: 'The innovation partnership that collapsed',
    tags: ['procurement'],
    story: {
      context: 'A region buying a routing tool for its school bus network.',
      tried: 'An innovation partnership with three start-ups.',
      happened: 'Two went bankrupt before the second phase.',
      learned: 'Stagger the payments and keep a fallback supplier in the contract.',
    },
  });
  question = await post({
    kind: 'question',
    title: 'Who has opened their bus timetables as open data?',
    body: 'We want to publish GTFS files.',
    tags: ['open-data'],
  });
  await t.request({
    method: 'POST',
    url: `/api/threads/${question.id}/replies`,
    cookie,
    payload: { body: 'Ask the transport authority for their cadastre of stops.' },
  });
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/search', () => {
  it('finds a story by a word from "what we learned", with the word highlighted', async () => {
    const page = await search('q=fallback');
    expect(page.hits.map((hit) => hit.thread.id)).toEqual([story.id]);
    const [hit] = page.hits;
    expect(hit?.replyId).toBeNull();
    expect(hit?.snippet).toContainEqual({ text: 'fallback', highlighted: true });
    expect(hit?.thread).toMatchObject({ kind: 'failure', title: story.title });
  });

  it('finds a thread by the words of a reply and says which reply', async () => {
    const page = await search('q=cadastre');
    expect(page.hits).toHaveLength(1);
    expect(page.hits[0]?.thread.id).toBe(question.id);
    expect(page.hits[0]?.replyId).not.toBeNull();
  });

  it('filters by kind, tag and solved state', async () => {
    expect((await search('q=bus&kind=question')).hits.map((hit) => hit.thread.id)).toEqual([
      question.id,
    ]);
    expect((await search('q=bus&tag=procurement')).hits.map((hit) => hit.thread.id)).toEqual([
      story.id,
    ]);
    expect((await search('q=bus&solved=true')).hits).toEqual([]);
    expect((await search('q=bus&solved=false')).hits.map((hit) => hit.thread.id)).toEqual([
      question.id,
    ]);
  });

  it('pages through results with a cursor, each thread once', async () => {
    const first = await search('q=bus&limit=1');
    expect(first.hits).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`q=bus&limit=1&cursor=${first.nextCursor}`);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]?.thread.id).not.toBe(first.hits[0]?.thread.id);
  });

  it('refuses an empty search and a search of 201 characters with a 400', async () => {
    for (const q of ['', 'x'.repeat(201)]) {
      const response = await t.request({ method: 'GET', url: `/api/search?q=${q}`, cookie });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.q).toBeTruthy();
    }
  });

  it('takes what people type, quotes and operators included, without a 500', async () => {
    for (const q of ['"open data" -bus', "o'reilly & (x | y) !:*", '<script>']) {
      const response = await t.request({
        method: 'GET',
        url: `/api/search?q=${encodeURIComponent(q)}`,
        cookie,
      });
      expect(response.statusCode, q).toBe(200);
    }
  });
});

describe('GET /api/threads/similar', () => {
  it('suggests threads that share words with a title being typed', async () => {
    const response = await t.request({
      method: 'GET',
      url: `/api/threads/similar?title=${encodeURIComponent('Procurement of innovation: partnership or tender?')}`,
      cookie,
    });
    expect(response.json().threads.map((row: { id: string }) => row.id)).toEqual([story.id]);
  });

  it('stays quiet for a title too short to say anything', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/threads/similar?title=bus',
      cookie,
    });
    expect(response.json()).toEqual({ threads: [] });
  });
});

describe('snippetParts', () => {
  it('drops Markdown marks from the source a snippet is cut from', () => {
    expect(
      snippetParts('**bold** and `code` \u27e6word\u27e7')
        .map((part) => part.text)
        .join(''),
    ).toBe('bold and code word');
  });

  it('splits a snippet at its markers into plain and highlighted text', () => {
    expect(snippetParts('keep a \u27e6fallback\u27e7 supplier')).toEqual([
      { text: 'keep a ', highlighted: false },
      { text: 'fallback', highlighted: true },
      { text: ' supplier', highlighted: false },
    ]);
  });
});
