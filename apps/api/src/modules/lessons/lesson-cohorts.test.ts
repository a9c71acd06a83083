import type { LessonDetail, LessonPage, LessonReviewPage } from '@praxis/contracts/lessons';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';
import { lessonsPublishedSince } from './lessons.service.ts';

// A lesson drawn from a cohort-only story stays with that cohort until the story's author
// widens it; no route tells a member outside the cohort what the story or the lesson says.

const { t, n } = lessonsNetworkPerFile();
let storyId: string;
let lesson: LessonDetail;
const WORD = 'wombat';

beforeAll(async () => {
  // Ann's story is for cohort A; an organiser drafts a lesson from it, so Ann is asked.
  storyId = await n.story(n.cookies.ann, `The ${WORD} budget`, n.cohortA.id);
  lesson = await n.lesson(n.cookies.org, { threadId: storyId });
});

/** Everything `cookie`'s member can reach about lessons, as one text. */
async function everythingSeenBy(cookie: string) {
  const urls = [
    '/api/lessons',
    `/api/lessons?q=${WORD.toUpperCase()}`,
    `/api/lessons/${lesson.id}`,
    `/api/lessons/drawn-from?threadId=${storyId}`,
    `/api/lessons/export.md?q=${WORD.toUpperCase()}`,
    `/api/lessons/export.md?ids=${lesson.id}`,
    `/api/lessons/${lesson.id}/export.md`,
    '/api/lessons/reviews?pending=false',
    '/api/lessons/drafts',
    '/api/notifications',
  ];
  const bodies = await Promise.all(
    urls.map(async (url) => (await n.call(cookie, 'GET', url)).body),
  );
  return bodies.join('\n').toLowerCase();
}

describe('a lesson drawn from a cohort-only story', () => {
  it('starts with the story’s cohort as its audience, and refuses a wider one naming the story', async () => {
    expect(lesson.audience).toEqual([{ id: n.cohortA.id, name: 'Cohort A' }]);
    expect(lesson.audienceLimit).toEqual([{ id: n.cohortA.id, name: 'Cohort A' }]);
    for (const audienceCohortIds of [[], [n.cohortA.id, n.cohortB.id]]) {
      const wider = await n.call(n.cookies.org, 'PATCH', `/api/lessons/${lesson.id}`, {
        audienceCohortIds,
      });
      expect(refusal(wider)).toEqual([
        409,
        `“The ${WORD} budget” is seen only by some cohorts: the lesson cannot reach further unless its author widens it.`,
      ]);
    }
  });

  it('is published to the cohort only, and a member outside it never sees the story or the lesson', async () => {
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/submit`);
    const [source] = lesson.sources;
    await n.ok(n.cookies.ann, 'PUT', `/api/lessons/${lesson.id}/sources/${source?.id}/consent`, {
      quote: true,
    });
    const published = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${lesson.id}/publish`,
      {},
    );
    expect(published.audience).toEqual([{ id: n.cohortA.id, name: 'Cohort A' }]);

    const insider = await n.ok<LessonPage>(n.cookies.bea, 'GET', `/api/lessons?q=${WORD}`);
    expect(insider.lessons.map((found) => found.id)).toEqual([lesson.id]);
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`)).statusCode).toBe(404);
    expect(await everythingSeenBy(n.cookies.out)).not.toContain(WORD);
    expect(await everythingSeenBy(n.cookies.nia)).not.toContain(WORD);
  });

  it('refuses to add a source no cohort of the lesson’s shares, naming it', async () => {
    const draft = await n.lesson(n.cookies.org, { threadId: storyId });
    const otherStory = await n.story(n.cookies.out, 'A story of cohort B', n.cohortB.id);
    const added = await n.call(n.cookies.org, 'POST', `/api/lessons/${draft.id}/sources`, {
      threadId: otherStory,
    });
    expect(refusal(added)).toEqual([
      409,
      "“A story of cohort B” is seen only by cohorts that the lesson's other sources are not: no one could read a lesson drawn from both. Draw a separate lesson from it.",
    ]);
    const reread = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${draft.id}`);
    expect(reread.sources.map((source) => source.threadId)).toEqual([storyId]);
  });

  it('reaches the network once the story’s author widened it and an organiser published it so', async () => {
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/return-to-draft`, {
      reason: 'Widen',
    });
    const [source] = lesson.sources;
    const narrowing = await n.ok<{ source: { widened: boolean } }>(
      n.cookies.ann,
      'PUT',
      `/api/lessons/${lesson.id}/sources/${source?.id}/consent`,
      { quote: true, widen: true },
    );
    expect(narrowing.source.widened).toBe(true);
    const widened = await n.ok<LessonDetail>(n.cookies.org, 'PATCH', `/api/lessons/${lesson.id}`, {
      audienceCohortIds: [],
    });
    expect(widened.audienceLimit).toBeNull();
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/submit`);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/publish`, {});

    const found = await n.ok<LessonPage>(n.cookies.out, 'GET', `/api/lessons?q=${WORD}`);
    expect(found.lessons.map((seen) => seen.id)).toEqual([lesson.id]);
    const read = await n.ok<LessonDetail>(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`);
    // The lesson is theirs to read now; the story itself stays cohort A's.
    expect(read.sources).toEqual([]);
    const markdown = (await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}/export.md`))
      .body;
    expect(markdown).not.toContain(`/threads/${storyId}`);
    expect(markdown).not.toContain('Ann Author');
    const asked = await n.ok<LessonReviewPage>(n.cookies.out, 'GET', '/api/lessons/reviews');
    expect(asked.reviews).toEqual([]);
  });

  it('does not let its author take back the widening once the lesson is published to the network', async () => {
    const [source] = lesson.sources;
    const narrowed = await n.call(
      n.cookies.ann,
      'PUT',
      `/api/lessons/${lesson.id}/sources/${source?.id}/consent`,
      { quote: true, widen: false },
    );
    expect(refusal(narrowed)).toEqual([
      409,
      'The lesson is published to a wider audience: ask an organiser to return it to draft before you narrow it.',
    ]);
  });
});

describe('a lesson its source’s own author draws', () => {
  it('lets them widen their source themselves, unasked', async () => {
    const own = await n.lesson(n.cookies.ann, { threadId: storyId });
    expect(own.audienceLimit).toEqual([{ id: n.cohortA.id, name: 'Cohort A' }]);
    const [source] = own.sources;
    expect(source?.consent).toBe('not_asked');
    await n.ok(n.cookies.ann, 'PUT', `/api/lessons/${own.id}/sources/${source?.id}/consent`, {
      quote: true,
      widen: true,
    });
    const widened = await n.ok<LessonDetail>(n.cookies.ann, 'PATCH', `/api/lessons/${own.id}`, {
      audienceCohortIds: [],
    });
    expect([widened.audience, widened.audienceLimit, widened.sources[0]?.consent]).toEqual([
      [],
      null,
      'not_asked',
    ]);
  });
});

describe('asking the author of a network-wide source outside the lesson’s cohort', () => {
  it('asks them without telling them what the cohort-only lesson says', async () => {
    const draft = await n.lesson(n.cookies.org, { threadId: storyId });
    const theirs = await n.solvedQuestion(n.cookies.out, n.cookies.nia, `Open ${WORD} question`);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/sources`, {
      threadId: theirs.threadId,
    });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    const notifications = await n.ok<{ notifications: { lesson: { id: string } | null }[] }>(
      n.cookies.out,
      'GET',
      '/api/notifications',
    );
    expect(notifications.notifications.filter((notice) => notice.lesson?.id === draft.id)).toEqual(
      [],
    );
    const asked = await n.ok<LessonReviewPage>(n.cookies.out, 'GET', '/api/lessons/reviews');
    expect(
      asked.reviews.map((review) => [review.lesson.id, review.lesson.title, review.source.kind]),
    ).toEqual([[draft.id, '', 'thread']]);
  });
});

describe('lessonsPublishedSince (for the pilots’ “since the last exchange”)', () => {
  it('gives the visible lessons published since a date that came from the cohorts asked', async () => {
    const outsider = {
      id: n.people.out.id,
      email: '',
      name: '',
      role: 'member' as const,
      locale: null,
    };
    const since = new Date(Date.now() - 60 * 60 * 1000);
    const fromA = { since, cohortIds: [n.cohortA.id], limit: 10 };
    const org = { ...outsider, id: n.people.org.id, role: 'organiser' as const };
    const seen = await lessonsPublishedSince(t.app.db, org, fromA);
    expect(seen.map((card) => [card.id, card.cohort?.name])).toEqual([[lesson.id, 'Cohort A']]);
    expect(
      await lessonsPublishedSince(t.app.db, org, { ...fromA, cohortIds: [n.cohortB.id] }),
    ).toEqual([]);
    expect(await lessonsPublishedSince(t.app.db, org, { ...fromA, since: new Date() })).toEqual([]);
    // The lesson reaches the network since its author widened the story.
    expect((await lessonsPublishedSince(t.app.db, outsider, fromA)).map((card) => card.id)).toEqual(
      [lesson.id],
    );
  });
});
