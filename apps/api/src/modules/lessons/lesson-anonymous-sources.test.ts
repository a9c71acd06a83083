import type { LessonDetail, LessonReviewPage } from '@praxis/contracts/lessons';
import { lessons } from '@praxis/db/schema/lessons';
import { notifications } from '@praxis/db/schema/notifications';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// A lesson credits its authors by name: the author of an anonymous post never draws it into
// a lesson, nor becomes the author of one that draws on it; an organiser may, naming no one.

const OWN_ANONYMOUS =
  'This post is anonymous: sign it with your name first, or ask an organiser to turn it into a lesson.';
const AUTHOR_WROTE_IT =
  'An author of this lesson wrote this post anonymously, and the lesson names its authors: it cannot draw on it while they are an author.';

const { t, n } = lessonsNetworkPerFile();

const post = (cookie: string, url: string, payload: unknown = {}) =>
  n.call(cookie, 'POST', url, payload);

async function anonymousStory(cookie: string, title: string) {
  const thread = await n.ok<{ id: string }>(cookie, 'POST', '/api/threads', {
    kind: 'success',
    title,
    tags: [],
    anonymous: { cohortId: null },
    story: {
      context: `Context of ${title}`,
      tried: `We tried ${title}`,
      happened: 'Attendance rose by 40%',
      learned: 'Start with the users',
      differently: 'Ask earlier',
    },
  });
  return thread.id;
}

async function lessonCount(title: string) {
  const rows = await t.database.db
    .select({ id: lessons.id })
    .from(lessons)
    .where(eq(lessons.title, title));
  return rows.length;
}

describe('the author of an anonymous post and a lesson drawn from it', () => {
  it('refuses the author who turns their anonymous story into a lesson, with 409, and drafts nothing', async () => {
    const storyId = await anonymousStory(n.cookies.ann, 'Quiet win with the parish');
    expect(refusal(await post(n.cookies.ann, '/api/lessons', { threadId: storyId }))).toEqual([
      409,
      OWN_ANONYMOUS,
    ]);
    expect(await lessonCount('Quiet win with the parish')).toBe(0);
  });

  it('refuses the author of an anonymous accepted answer, however they name the question', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'walrus permits');
    await n.ok(
      n.cookies.bea,
      'PATCH',
      `/api/threads/${question.threadId}/replies/${question.replyId}`,
      {
        body: 'Run a pilot for walrus permits',
      },
    );
    await t.database.db.execute(
      sql`update replies set anonymous = true where id = ${question.replyId}::uuid`,
    );
    expect(
      refusal(await post(n.cookies.bea, '/api/lessons', { replyId: question.replyId })),
    ).toEqual([409, OWN_ANONYMOUS]);
    // The asker draws both posts, but is not the answer's author: allowed, naming no one for it.
    const lesson = await n.lesson(n.cookies.nia, { threadId: question.threadId });
    const answer = lesson.sources.find((source) => source.kind === 'reply');
    expect(answer?.author).toBeNull();
  });

  it('refuses to add their anonymous story to their own draft', async () => {
    const draft = await n.lesson(n.cookies.ann, {
      threadId: await n.story(n.cookies.ann, 'A signed story of Ann'),
    });
    const storyId = await anonymousStory(n.cookies.ann, 'Unsigned story of Ann');
    expect(
      refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/sources`, { threadId: storyId })),
    ).toEqual([409, OWN_ANONYMOUS]);
    // Nor may an organiser add it to the draft that names Ann.
    expect(
      refusal(await post(n.cookies.org, `/api/lessons/${draft.id}/sources`, { threadId: storyId })),
    ).toEqual([409, AUTHOR_WROTE_IT]);
    const after = await n.ok<LessonDetail>(n.cookies.ann, 'GET', `/api/lessons/${draft.id}`);
    expect(after.sources.map((source) => source.title)).toEqual(['A signed story of Ann']);
  });

  it('lets an organiser draw it, asking its author without ever naming them', async () => {
    const storyId = await anonymousStory(n.cookies.ann, 'Anonymous story drawn by Oli');
    const draft = await n.lesson(n.cookies.org, { threadId: storyId });
    expect(draft.authors.map((author) => author.name)).toEqual(['Oli Organiser']);
    expect(draft.sources.map((source) => source.author)).toEqual([null]);
    const submitted = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${draft.id}/submit`,
    );
    expect(submitted.sources.map((source) => [source.author, source.consent])).toEqual([
      [null, 'pending'],
    ]);
    // Ann is asked; the request names the organiser who asked, never Ann.
    const asked = await t.database.db
      .select({ memberId: notifications.memberId, actorId: notifications.actorId })
      .from(notifications)
      .where(eq(notifications.lessonId, draft.id));
    expect(asked).toEqual([{ memberId: n.people.ann.id, actorId: n.people.org.id }]);
    const reviews = await n.ok<LessonReviewPage>(
      n.cookies.ann,
      'GET',
      '/api/lessons/reviews?pending=true',
    );
    const review = reviews.reviews.find((candidate) => candidate.lesson.id === draft.id);
    expect(review?.source.author).toBeNull();
    await n.ok(
      n.cookies.ann,
      'PUT',
      `/api/lessons/${draft.id}/sources/${review?.source.id}/consent`,
      {
        quote: true,
      },
    );
    const published = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${draft.id}/publish`,
      {},
    );
    const read = await n.ok<LessonDetail>(n.cookies.nia, 'GET', `/api/lessons/${published.id}`);
    expect(read.authors.map((author) => author.name)).toEqual(['Oli Organiser']);
    expect(read.sources.map((source) => source.author)).toEqual([null]);
    const drawnFrom = await n.ok<{ lessons: { authors: { name: string }[] }[] }>(
      n.cookies.nia,
      'GET',
      `/api/lessons/drawn-from?threadId=${storyId}`,
    );
    expect(drawnFrom.lessons.flatMap((lesson) => lesson.authors.map((a) => a.name))).toEqual([
      'Oli Organiser',
    ]);
    // Nor may Ann become an author of it later, by translating it.
    expect(
      refusal(
        await post(n.cookies.ann, `/api/lessons/${draft.id}/translations`, {
          language: 'fr',
          title: 'Histoire anonyme',
          sections: { problem: 'P', tried: 'T', evidence: '', caveats: '', useWhen: '' },
        }),
      ),
    ).toEqual([409, OWN_ANONYMOUS]);
  });
});
