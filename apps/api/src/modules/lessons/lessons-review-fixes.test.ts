import type { LessonDetail } from '@praxis/contracts/lessons';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// The security review's findings on lessons, each as the journey that used to get through.

const { t, n } = lessonsNetworkPerFile();

const consent = (lesson: LessonDetail, sourceId: string | undefined) =>
  `/api/lessons/${lesson.id}/sources/${sourceId}/consent`;

describe('removing a source from a draft', () => {
  it('is refused while the sections still carry its words, so they keep its cohort limit', async () => {
    const title = 'share a budget across two cohorts';
    const { threadId } = await n.solvedQuestion(n.cookies.ann, n.cookies.bea, title, n.cohortA.id);
    const lesson = await n.lesson(n.cookies.ann, { threadId });
    const answer = lesson.sources.find((source) => source.author?.id === n.people.bea.id);
    const removed = await n.call(
      n.cookies.ann,
      'DELETE',
      `/api/lessons/${lesson.id}/sources/${answer?.id}`,
    );
    expect(refusal(removed)).toEqual([
      409,
      `The lesson still carries the words of “${title}”: take them out of its sections before removing the source.`,
    ]);
    const question = lesson.sources.find((source) => source.author?.id === n.people.ann.id);
    await n.ok(n.cookies.ann, 'PUT', consent(lesson, question?.id), { quote: true, widen: true });
    const widened = await n.call(n.cookies.ann, 'PATCH', `/api/lessons/${lesson.id}`, {
      audienceCohortIds: [],
    });
    expect(widened.statusCode).toBe(409);
    const read = await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`);
    expect(read.statusCode).toBe(404);
  });

  it('is allowed once its words are taken out, and the lesson keeps the rest', async () => {
    const title = 'count the visitors at the door';
    const { threadId } = await n.solvedQuestion(n.cookies.ann, n.cookies.bea, title, n.cohortA.id);
    const lesson = await n.lesson(n.cookies.ann, { threadId });
    await n.ok(n.cookies.ann, 'PATCH', `/api/lessons/${lesson.id}`, {
      sections: { tried: 'We counted them ourselves, by hand, for a month.' },
    });
    const answer = lesson.sources.find((source) => source.author?.id === n.people.bea.id);
    const after = await n.ok<LessonDetail>(
      n.cookies.ann,
      'DELETE',
      `/api/lessons/${lesson.id}/sources/${answer?.id}`,
    );
    expect(after.sources.map((source) => source.author?.id)).toEqual([n.people.ann.id]);
  });
});

describe('a “no” to widening when the sources share no cohort', () => {
  it('sends the lesson back to draft and submitting is refused naming the source', async () => {
    const title = 'The wombat budget of cohort A';
    const annStory = await n.story(n.cookies.ann, title, n.cohortA.id);
    const draft = await n.lesson(n.cookies.org, { threadId: annStory });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    const annSource = draft.sources[0];
    await n.ok(n.cookies.ann, 'PUT', consent(draft, annSource?.id), { quote: true, widen: true });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/return-to-draft`, {});
    const outStory = await n.story(n.cookies.out, 'The cohort B story', n.cohortB.id);
    const both = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${draft.id}/sources`,
      {
        threadId: outStory,
      },
    );
    expect(both.audience.map((cohort) => cohort.id)).toEqual([n.cohortB.id]);
    await n.ok(n.cookies.ann, 'PUT', consent(draft, annSource?.id), { quote: true, widen: false });
    const submitted = await n.call(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    expect(refusal(submitted)).toEqual([
      409,
      'No one could read this lesson: “The cohort B story” is seen by no cohort the other sources share, or was hidden. Remove it, or ask its author to widen it.',
    ]);
    const read = await n.call(n.cookies.out, 'GET', `/api/lessons/${draft.id}`);
    expect(read.statusCode).toBe(404);
  });

  it('takes a lesson in review back to draft, out of the reach of the other source’s author', async () => {
    const title = 'The heron budget of cohort A';
    const annStory = await n.story(n.cookies.ann, title, n.cohortA.id);
    const draft = await n.lesson(n.cookies.org, { threadId: annStory });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    const annSource = draft.sources[0];
    await n.ok(n.cookies.ann, 'PUT', consent(draft, annSource?.id), { quote: true, widen: true });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/return-to-draft`, {});
    const outStory = await n.story(n.cookies.out, 'The heron story of cohort B', n.cohortB.id);
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/sources`, { threadId: outStory });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/submit`);
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${draft.id}`)).statusCode).toBe(200);
    await n.ok(n.cookies.ann, 'PUT', consent(draft, annSource?.id), { quote: true, widen: false });
    const lesson = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${draft.id}`);
    expect(lesson.status).toBe('draft');
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${draft.id}`)).statusCode).toBe(404);
  });
});

describe('the Markdown export', () => {
  it('escapes what members wrote, so a title cannot become a link', async () => {
    const title = '[Read the full case](https://evil.example) *now*';
    const story = await n.story(n.cookies.nia, title);
    const lesson = await n.published(n.cookies.nia, { threadId: story });
    const response = await n.call(n.cookies.nia, 'GET', `/api/lessons/${lesson.id}/export.md`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(
      '# \\[Read the full case\\]\\(https://evil.example\\) \\*now\\*\n',
    );
    // The sections are Markdown by design; the source list names the thread as plain text.
    expect(response.body).toContain(
      `- [\\[Read the full case\\]\\(https://evil.example\\) \\*now\\*](http`,
    );
  });
});

describe('searching the library', () => {
  it('is limited like every search, in the list and in the export', async () => {
    for (const url of ['/api/lessons?q=wombat', '/api/lessons/export.md?q=wombat']) {
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) {
        statuses.push((await n.call(n.cookies.bea, 'GET', url)).statusCode);
      }
      expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
      expect(statuses[60]).toBe(429);
    }
  });
});

describe('editing a published lesson', () => {
  it('by an author sends it back to review, out of the library until an organiser publishes it again', async () => {
    const story = await n.story(n.cookies.nia, 'Open budgets in town halls');
    const lesson = await n.published(n.cookies.nia, { threadId: story });
    const edited = await n.ok<LessonDetail>(n.cookies.nia, 'PATCH', `/api/lessons/${lesson.id}`, {
      title: 'Open budgets, and a link nobody reviewed',
    });
    expect(edited.status).toBe('in_review');
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`)).statusCode).toBe(404);
    const again = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${lesson.id}/publish`,
      {},
    );
    expect(again.status).toBe('published');
  });

  it('by an organiser keeps it published', async () => {
    const story = await n.story(n.cookies.nia, 'Open budgets in villages');
    const lesson = await n.published(n.cookies.nia, { threadId: story });
    const edited = await n.ok<LessonDetail>(n.cookies.org, 'PATCH', `/api/lessons/${lesson.id}`, {
      title: 'Open budgets in villages, corrected',
    });
    expect(edited.status).toBe('published');
  });

  it('refuses putting back the words of a source whose author declined', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'fund a small pilot');
    const draft = await n.lesson(n.cookies.nia, { threadId: question.threadId });
    const submitted = await n.ok<LessonDetail>(
      n.cookies.nia,
      'POST',
      `/api/lessons/${draft.id}/submit`,
    );
    const beas = submitted.sources.find((source) => source.kind === 'reply');
    await n.ok(n.cookies.bea, 'PUT', consent(draft, beas?.id), { quote: false });
    await n.ok(n.cookies.nia, 'PATCH', `/api/lessons/${draft.id}`, {
      sections: { tried: 'We found money in the training budget, in our own words.' },
    });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/publish`, {});
    const quoting = await n.call(n.cookies.nia, 'PATCH', `/api/lessons/${draft.id}`, {
      sections: { tried: 'Run a pilot for fund a small pilot' },
    });
    expect(refusal(quoting)).toEqual([
      409,
      'The author of “fund a small pilot” declined to be quoted, and the lesson still carries their words: rewrite those sections in your own words first.',
    ]);
    const read = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${draft.id}`);
    expect(read.status).toBe('published');
  });
});

describe('erasing a member with their posts', () => {
  it('sends every lesson drawing on their posts back to draft before the posts go', async () => {
    const story = await n.story(n.cookies.ann, 'The otter budget of cohort A', n.cohortA.id);
    const lesson = await n.published(
      n.cookies.org,
      { threadId: story },
      { [n.people.ann.id]: n.cookies.ann },
    );
    expect(lesson.status).toBe('published');
    const areas = t.app.memberData.areas();
    const names = areas.map((area) => area.name);
    expect(names.indexOf('lessons')).toBeLessThan(names.indexOf('threads'));
    expect(names.indexOf('lessons')).toBeLessThan(names.indexOf('meetups'));
    const upToThreads = areas.slice(0, names.indexOf('threads') + 1);
    await t.database.db.transaction(async (tx) => {
      for (const area of upToThreads) await area.erase(tx, n.people.ann.id, 'erase_posts');
    });
    const read = await n.ok<LessonDetail>(n.cookies.org, 'GET', `/api/lessons/${lesson.id}`);
    expect(read.status).toBe('draft');
    expect((await n.call(n.cookies.bea, 'GET', `/api/lessons/${lesson.id}`)).statusCode).toBe(404);
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`)).statusCode).toBe(404);
  });
});
