import type { LessonDetail } from '@praxis/contracts/lessons';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile } from '../../testing/lessons-network.ts';

// A source going off the record after its lesson was published: the lesson leaves the library
// at once, back to review, until its authors rewrite it and the source is on the record again.

const { n } = lessonsNetworkPerFile();

const library = async (cookie: string, q: string) =>
  (await n.ok<{ lessons: { id: string }[] }>(cookie, 'GET', `/api/lessons?q=${q}`)).lessons.map(
    (lesson) => lesson.id,
  );

/** Sent back to review, the source that went off the record no longer quoted anywhere. */
async function expectSentBack(lessonId: string, word: string, kind: string) {
  const seen = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${lessonId}`);
  const gone = seen.sources.filter((source) => source.kind === kind);
  expect([seen.status, gone.length, gone.map((source) => source.excerpt)]).toEqual([
    'in_review',
    1,
    [null],
  ]);
  expect(await library(n.cookies.out, word)).toEqual([]);
  expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lessonId}`)).statusCode).toBe(404);
  expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lessonId}/export`)).statusCode).toBe(
    404,
  );
}

describe('a published lesson whose source goes off the record', () => {
  it('goes back to review with its translations when its story goes off the record', async () => {
    const storyId = await n.story(n.cookies.org, 'Pelican ledger story');
    const lesson = await n.published(n.cookies.org, { threadId: storyId });
    const translation = await n.ok<LessonDetail>(
      n.cookies.nia,
      'POST',
      `/api/lessons/${lesson.id}/translations`,
      {
        language: 'fr',
        title: 'Histoire du pélican',
        sections: { problem: 'P', tried: 'T', evidence: '', caveats: '', useWhen: '' },
      },
    );
    expect((await library(n.cookies.nia, 'Pelican')).sort()).toEqual(
      [lesson.id, translation.id].sort(),
    );
    await n.ok(n.cookies.org, 'PATCH', `/api/threads/${storyId}`, { offRecord: true });
    await expectSentBack(lesson.id, 'Pelican', 'thread');
    const translated = await n.ok<LessonDetail>(
      n.cookies.org,
      'GET',
      `/api/lessons/${translation.id}`,
    );
    expect(translated.status).toBe('draft');
  });

  it('goes back to review when an organiser puts its author’s story off the record', async () => {
    const storyId = await n.story(n.cookies.ann, 'Heron budget story');
    const lesson = await n.published(n.cookies.ann, { threadId: storyId });
    expect(await library(n.cookies.out, 'Heron')).toEqual([lesson.id]);
    await n.ok(n.cookies.org, 'PATCH', `/api/threads/${storyId}`, { offRecord: true });
    await expectSentBack(lesson.id, 'Heron', 'thread');
  });

  it('goes back to review when its accepted answer goes off the record', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'osprey grants');
    const lesson = await n.published(
      n.cookies.nia,
      { threadId: question.threadId },
      { [n.people.bea.id]: n.cookies.bea },
    );
    expect(lesson.status).toBe('published');
    await n.ok(
      n.cookies.bea,
      'PATCH',
      `/api/threads/${question.threadId}/replies/${question.replyId}`,
      { body: 'Run a pilot for osprey grants', offRecord: true },
    );
    await expectSentBack(lesson.id, 'osprey', 'reply');
  });

  it('goes back to review when its meetup notes go off the record', async () => {
    const meetup = await n.pastMeetup('Notes about the cormorant reform.');
    const draft = await n.lesson(n.cookies.org, { meetupId: meetup.id });
    await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${draft.id}`, {
      sections: { problem: 'Cormorant reform stalled' },
    });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    const lesson = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${draft.id}/publish`,
      {},
    );
    expect(lesson.status).toBe('published');
    await n.ok(n.cookies.org, 'PUT', `/api/meetups/${meetup.id}/notes`, {
      notes: 'Notes about the cormorant reform.',
      notesOffRecord: true,
    });
    await expectSentBack(lesson.id, 'cormorant', 'meetup_notes');
  });
});
