import type { LessonDetail } from '@praxis/contracts/lessons';
import { lessons } from '@praxis/db/schema/lessons';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// Off the record (Chatham House): read inside Praxis only, so no lesson may quote it.

const OFF_RECORD =
  'This post is off the record: it is read only inside Praxis, so no lesson can quote it.';

const { t, n } = lessonsNetworkPerFile();

const post = (cookie: string, url: string, payload: unknown = {}) =>
  n.call(cookie, 'POST', url, payload);

const offTheRecord = (cookie: string, threadId: string) =>
  n.ok(cookie, 'PATCH', `/api/threads/${threadId}`, { offRecord: true });

/** How many lessons, drafts included, carry `word` anywhere in their sections. */
async function lessonsQuoting(word: string) {
  const rows = await t.database.db
    .select({ id: lessons.id })
    .from(lessons)
    .where(sql`${lessons.sectionsSource}::text like ${`%${word}%`}`);
  return rows.length;
}

describe('turning an off-the-record post into a lesson', () => {
  it('refuses an off-the-record story with 409 and the reason, and drafts nothing from it', async () => {
    const storyId = await n.story(n.cookies.ann, 'Quarantined procurement saga');
    await offTheRecord(n.cookies.ann, storyId);
    expect(refusal(await post(n.cookies.ann, '/api/lessons', { threadId: storyId }))).toEqual([
      409,
      OFF_RECORD,
    ]);
    expect(refusal(await post(n.cookies.org, '/api/lessons', { threadId: storyId }))).toEqual([
      409,
      OFF_RECORD,
    ]);
    expect(await lessonsQuoting('Quarantined procurement saga')).toBe(0);
  });

  it('refuses a solved question whose accepted answer is off the record', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'zanzibar budgets');
    await n.ok(
      n.cookies.bea,
      'PATCH',
      `/api/threads/${question.threadId}/replies/${question.replyId}`,
      {
        body: 'Run a pilot for zanzibar budgets',
        offRecord: true,
      },
    );
    expect(
      refusal(await post(n.cookies.nia, '/api/lessons', { threadId: question.threadId })),
    ).toEqual([409, OFF_RECORD]);
    expect(
      refusal(await post(n.cookies.bea, '/api/lessons', { replyId: question.replyId })),
    ).toEqual([409, OFF_RECORD]);
    expect(await lessonsQuoting('zanzibar')).toBe(0);
  });

  it('refuses a question asked off the record, whose answers are off the record with it', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'quokka grants');
    await offTheRecord(n.cookies.nia, question.threadId);
    expect(
      refusal(await post(n.cookies.bea, '/api/lessons', { replyId: question.replyId })),
    ).toEqual([409, OFF_RECORD]);
  });

  it('refuses off-the-record meetup notes', async () => {
    const meetup = await n.pastMeetup('Notes about the marmalade reform.');
    const saved = await n.ok<{ notesOffRecord: boolean }>(
      n.cookies.org,
      'PUT',
      `/api/meetups/${meetup.id}/notes`,
      { notes: 'Notes about the marmalade reform.', notesOffRecord: true },
    );
    expect(saved.notesOffRecord).toBe(true);
    expect(refusal(await post(n.cookies.org, '/api/lessons', { meetupId: meetup.id }))).toEqual([
      409,
      OFF_RECORD,
    ]);
    expect(await lessonsQuoting('marmalade')).toBe(0);
  });

  it('refuses to add an off-the-record source to a draft', async () => {
    const draft = await n.lesson(n.cookies.ann, {
      threadId: await n.story(n.cookies.ann, 'A story on the record'),
    });
    const secret = await n.story(n.cookies.ann, 'A story kept in the room');
    await offTheRecord(n.cookies.ann, secret);
    expect(
      refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/sources`, { threadId: secret })),
    ).toEqual([409, OFF_RECORD]);
    const after = await n.ok<LessonDetail>(n.cookies.ann, 'GET', `/api/lessons/${draft.id}`);
    expect(after.sources.map((source) => source.title)).toEqual(['A story on the record']);
  });
});

describe('a source put off the record after the lesson was drafted', () => {
  it('is never quoted by the lesson, and keeps it from being published, naming it', async () => {
    const storyId = await n.story(n.cookies.org, 'Gone off the record later');
    const lesson = await n.lesson(n.cookies.org, { threadId: storyId });
    expect(lesson.sources[0]?.excerpt).toBe('Context of Gone off the record later');
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/submit`);
    await offTheRecord(n.cookies.org, storyId);

    const shown = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${lesson.id}`);
    expect(shown.sources[0]?.excerpt).toBeNull();
    expect(refusal(await post(n.cookies.org, `/api/lessons/${lesson.id}/publish`))).toEqual([
      409,
      '“Gone off the record later” is now off the record, so the lesson cannot quote it: remove that source, or ask its author to put it back on the record, before publishing.',
    ]);
    await n.ok(n.cookies.org, 'PATCH', `/api/threads/${storyId}`, { offRecord: false });
    const published = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${lesson.id}/publish`,
      {},
    );
    expect(published.status).toBe('published');
  });
});
