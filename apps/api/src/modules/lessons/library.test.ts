import type { LessonDetail, LessonPage } from '@praxis/contracts/lessons';
import { createProgramme } from '@praxis/db/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// The library: published lessons, filtered, searched, sorted by helpful marks, paged by keyset,
// and exported as Markdown.

const { t, n } = lessonsNetworkPerFile();
const titles = ['Citizen panels', 'Procurement sprints', 'Open data audits'];
const ids: Record<string, string> = {};
let programmeId: string;

beforeAll(async () => {
  programmeId = (await createProgramme(t.database.db, 'Policy Lab')).id;
  for (const title of titles) {
    const storyId = await n.story(n.cookies.nia, title);
    const lesson = await n.published(n.cookies.nia, { threadId: storyId });
    ids[title] = lesson.id;
  }
  // An organiser's edit: it stays published where it was (an author's would go back to review).
  await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${ids['Citizen panels']}`, {
    tags: ['participation'],
    stage: 'scaled',
    programmeId,
    language: 'fr',
    sections: { evidence: 'Les panels ont réuni 120 habitants' },
  });
  // Two helpful marks for the procurement sprints, one for the audits.
  for (const cookie of [n.cookies.ann, n.cookies.bea]) {
    await n.ok(cookie, 'POST', `/api/lessons/${ids['Procurement sprints']}/helpful`);
  }
  await n.ok(n.cookies.ann, 'POST', `/api/lessons/${ids['Open data audits']}/helpful`);
});

async function library(query: string, cookie = n.cookies.out) {
  const page = await n.ok<LessonPage>(cookie, 'GET', `/api/lessons?${query}`);
  return page.lessons.map((lesson) => lesson.title);
}

describe('GET /api/lessons', () => {
  it('lists published lessons newest first, and most useful first by helpful marks', async () => {
    expect(await library('')).toEqual([
      'Open data audits',
      'Procurement sprints',
      'Citizen panels',
    ]);
    expect(await library('sort=useful')).toEqual([
      'Procurement sprints',
      'Open data audits',
      'Citizen panels',
    ]);
  });

  it('filters by topic, programme, stage and language', async () => {
    expect(await library('tag=participation')).toEqual(['Citizen panels']);
    expect(await library(`programme=${programmeId}`)).toEqual(['Citizen panels']);
    expect(await library('stage=scaled')).toEqual(['Citizen panels']);
    expect(await library('language=fr')).toEqual(['Citizen panels']);
    expect(await library('stage=stopped')).toEqual([]);
  });

  it('searches titles and sections, in the language of each lesson', async () => {
    expect(await library('q=procurement')).toEqual(['Procurement sprints']);
    expect(await library('q=habitant')).toEqual(['Citizen panels']);
    expect(await library('q=audits -open')).toEqual([]);
  });

  it('pages by keyset, and refuses a cursor it did not give', async () => {
    const first = await n.ok<LessonPage>(n.cookies.out, 'GET', '/api/lessons?sort=useful&limit=2');
    expect(first.lessons.map((lesson) => lesson.title)).toEqual([
      'Procurement sprints',
      'Open data audits',
    ]);
    const second = await n.ok<LessonPage>(
      n.cookies.out,
      'GET',
      `/api/lessons?sort=useful&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.lessons.map((lesson) => lesson.title)).toEqual(['Citizen panels']);
    expect(second.nextCursor).toBeNull();
    const forged = await n.call(n.cookies.out, 'GET', '/api/lessons?cursor=bm90LWpzb24');
    expect(forged.statusCode).toBe(400);
    const tooMany = await n.call(n.cookies.out, 'GET', '/api/lessons?limit=51');
    expect(tooMany.statusCode).toBe(400);
  });

  it('keeps drafts and lessons in review out of the library', async () => {
    const storyId = await n.story(n.cookies.nia, 'Unfinished lesson');
    const draft = await n.lesson(n.cookies.nia, { threadId: storyId });
    expect(await library('q=unfinished')).toEqual([]);
    expect(await library('q=unfinished', n.cookies.nia)).toEqual([]);
    const read = await n.call(n.cookies.out, 'GET', `/api/lessons/${draft.id}`);
    expect(refusal(read)).toEqual([404, 'This lesson does not exist, or you cannot see it.']);
  });
});

describe('helpful marks', () => {
  it('counts a mark once, takes it back, and refuses the lesson’s own author', async () => {
    const id = ids['Citizen panels'];
    await n.ok(n.cookies.out, 'POST', `/api/lessons/${id}/helpful`);
    const twice = await n.ok<{ count: number; byMe: boolean }>(
      n.cookies.out,
      'POST',
      `/api/lessons/${id}/helpful`,
    );
    expect(twice).toEqual({ count: 1, byMe: true });
    const read = await n.ok<LessonDetail>(n.cookies.out, 'GET', `/api/lessons/${id}`);
    expect(read.helpful).toEqual({ count: 1, byMe: true });
    expect(await n.ok(n.cookies.out, 'DELETE', `/api/lessons/${id}/helpful`)).toEqual({
      count: 0,
      byMe: false,
    });
    const own = await n.call(n.cookies.nia, 'POST', `/api/lessons/${id}/helpful`);
    expect(refusal(own)).toEqual([403, 'You cannot mark your own lesson helpful.']);
  });
});

describe('export', () => {
  it('gives one lesson as a Markdown case submission to download', async () => {
    const response = await n.call(
      n.cookies.out,
      'GET',
      `/api/lessons/${ids['Citizen panels']}/export.md`,
    );
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="citizen-panels.md"',
    );
    expect(response.body).toContain('# Citizen panels\n');
    expect(response.body).toContain('## Evidence\n\nLes panels ont réuni 120 habitants\n');
    expect(response.body).toContain('- **Programme:** Policy Lab');
    expect(response.body).toContain('- **Stage:** Scaled');
    expect(response.body).toContain('## Authors\n\nNia Network');
  });

  it('gives a set by ids or by the library’s filters, and refuses more than 50 ids', async () => {
    const byIds = await n.call(
      n.cookies.out,
      'GET',
      `/api/lessons/export.md?ids=${ids['Citizen panels']},${ids['Open data audits']}`,
    );
    expect(byIds.body.match(/^# .*$/gm)).toEqual(['# Open data audits', '# Citizen panels']);
    const filtered = await n.call(n.cookies.out, 'GET', '/api/lessons/export.md?q=procurement');
    expect(filtered.body.match(/^# .*$/gm)).toEqual(['# Procurement sprints']);
    const many = Array.from({ length: 51 }, () => ids['Citizen panels']).join(',');
    const tooMany = await n.call(n.cookies.out, 'GET', `/api/lessons/export.md?ids=${many}`);
    expect(tooMany.statusCode).toBe(400);
    const notIds = await n.call(
      n.cookies.out,
      'GET',
      `/api/lessons/export.md?ids=${'-'.repeat(36)}`,
    );
    expect(refusal(notIds)).toEqual([400, 'List at most 50 lesson ids, separated by commas.']);
  });
});
