import type { LessonDetail, LessonPage, LessonReviewPage } from '@praxis/contracts/lessons';
import { describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

const { n } = lessonsNetworkPerFile();

async function notificationsOf(cookie: string) {
  const page = await n.ok<{ notifications: { kind: string; lesson: { id: string } | null }[] }>(
    cookie,
    'GET',
    '/api/notifications',
  );
  return page.notifications.map((notification) => [notification.kind, notification.lesson?.id]);
}

describe('a lesson from a solved question, end to end', () => {
  it('is drafted from the question and its accepted answer, reviewed by the answerer and published', async () => {
    const { people, cookies } = n;
    const question = await n.solvedQuestion(cookies.ann, cookies.nia, 'open budgets');
    const draft = await n.lesson(cookies.ann, { threadId: question.threadId });
    expect(draft).toMatchObject({
      title: 'open budgets',
      status: 'draft',
      sectionsSource: {
        problem: 'How do we open budgets?',
        tried: 'Run a pilot for open budgets',
        evidence: '',
      },
      audience: [],
      can: { edit: true, submit: true, publish: false },
    });
    expect(draft.authors.map((author) => author.id)).toEqual([people.ann.id]);
    expect(draft.sources.map((source) => [source.kind, source.author?.id, source.consent])).toEqual(
      [
        ['thread', people.ann.id, 'not_asked'],
        ['reply', people.nia.id, 'not_asked'],
      ],
    );

    const edited = await n.ok<LessonDetail>(cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, {
      title: 'Open budgets start with a pilot',
      sections: { evidence: 'Turnout **doubled**', useWhen: 'A council hesitates' },
      stage: 'scaled',
      tags: ['budgeting', 'pilots'],
    });
    expect(edited.sectionsHtml.evidence).toBe('<p>Turnout <strong>doubled</strong></p>');
    expect(edited.stage).toBe('scaled');

    const submitted = await n.ok<LessonDetail>(
      cookies.ann,
      'POST',
      `/api/lessons/${draft.id}/submit`,
    );
    expect(submitted.status).toBe('in_review');
    expect(submitted.sources.map((source) => source.consent)).toEqual(['not_asked', 'pending']);
    expect(await notificationsOf(cookies.nia)).toContainEqual([
      'lesson_review_requested',
      draft.id,
    ]);

    const asked = await n.ok<LessonReviewPage>(cookies.nia, 'GET', '/api/lessons/reviews');
    expect(asked.reviews.map((review) => [review.lesson.title, review.source.kind])).toEqual([
      ['Open budgets start with a pilot', 'reply'],
    ]);
    const replySource = submitted.sources[1]?.id;
    const refused = await n.call(cookies.org, 'POST', `/api/lessons/${draft.id}/publish`, {});
    expect(refused.statusCode).toBe(409);

    const answered = await n.ok<{ source: { consent: string } }>(
      cookies.nia,
      'PUT',
      `/api/lessons/${draft.id}/sources/${replySource}/consent`,
      { quote: true },
    );
    expect(answered.source.consent).toBe('agreed');
    expect(
      (await n.ok<LessonReviewPage>(cookies.nia, 'GET', '/api/lessons/reviews')).reviews,
    ).toEqual([]);

    const published = await n.ok<LessonDetail>(
      cookies.org,
      'POST',
      `/api/lessons/${draft.id}/publish`,
      {
        reason: 'Reviewed',
      },
    );
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect(await notificationsOf(cookies.ann)).toContainEqual(['lesson_published', draft.id]);
    expect(await notificationsOf(cookies.nia)).toContainEqual(['lesson_published', draft.id]);

    const audit = await n.ok<{
      entries: { action: string; target: { id: string }; reason: string }[];
    }>(cookies.org, 'GET', `/api/audit?action=lesson.published`);
    expect(audit.entries[0]).toMatchObject({ target: { id: draft.id }, reason: 'Reviewed' });

    const drawn = await n.ok<{ lessons: { id: string }[] }>(
      cookies.out,
      'GET',
      `/api/lessons/drawn-from?threadId=${question.threadId}`,
    );
    expect(drawn.lessons.map((lesson) => lesson.id)).toEqual([draft.id]);
  });

  it('pre-fills a story section by section, and an organiser may turn anyone’s story into a lesson', async () => {
    const storyId = await n.story(n.cookies.bea, 'paper forms');
    const draft = await n.lesson(n.cookies.org, { threadId: storyId });
    expect(draft.sectionsSource).toEqual({
      problem: 'Context of paper forms',
      tried: 'We tried paper forms',
      evidence: 'Attendance fell by 40%',
      caveats: 'Ask earlier',
      useWhen: 'Start with the users',
    });
    expect(draft.tags).toEqual(['budgeting']);
  });

  it('drafts from a meetup’s notes and from an accepted agenda item, and adds and removes sources', async () => {
    const meetup = await n.pastMeetup('We compared three procurement pilots');
    const item = await n.agendaItem(meetup.id, n.people.bea.id, 'accepted');
    const draft = await n.lesson(n.cookies.org, { meetupId: meetup.id });
    expect(draft.sectionsSource.tried).toBe('We compared three procurement pilots');
    const added = await n.ok<LessonDetail>(
      n.cookies.org,
      'POST',
      `/api/lessons/${draft.id}/sources`,
      {
        agendaItemId: item.id,
      },
    );
    expect(added.sources.map((source) => source.kind)).toEqual(['meetup_notes', 'agenda_item']);
    const removed = await n.ok<LessonDetail>(
      n.cookies.org,
      'DELETE',
      `/api/lessons/${draft.id}/sources/${added.sources[1]?.id}`,
    );
    expect(removed.sources.map((source) => source.kind)).toEqual(['meetup_notes']);
    const mine = await n.ok<LessonPage>(n.cookies.org, 'GET', '/api/lessons/drafts');
    expect(mine.lessons.map((lesson) => lesson.id)).toContain(draft.id);
  });
});

describe('consent', () => {
  it('names no one and quotes nothing of a source whose author declined', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'declined quotes');
    const draft = await n.lesson(n.cookies.nia, { threadId: question.threadId });
    const submitted = await n.ok<LessonDetail>(
      n.cookies.nia,
      'POST',
      `/api/lessons/${draft.id}/submit`,
    );
    const beaSource = submitted.sources.find((source) => source.kind === 'reply');
    await n.ok(n.cookies.bea, 'PUT', `/api/lessons/${draft.id}/sources/${beaSource?.id}/consent`, {
      quote: false,
    });
    const quoting = await n.call(n.cookies.org, 'POST', `/api/lessons/${draft.id}/publish`, {});
    expect(refusal(quoting)).toEqual([
      409,
      'The author of “declined quotes” declined to be quoted, and the lesson still carries their words: rewrite those sections in your own words first.',
    ]);
    await n.ok(n.cookies.nia, 'PATCH', `/api/lessons/${draft.id}`, {
      sections: { tried: 'A pilot, in our words' },
    });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${draft.id}/publish`, {});
    const read = await n.ok<LessonDetail>(n.cookies.ann, 'GET', `/api/lessons/${draft.id}`);
    expect(read.sources.find((source) => source.kind === 'reply')).toMatchObject({
      author: null,
      excerpt: null,
      consent: 'declined',
    });
    const markdown = (await n.call(n.cookies.ann, 'GET', `/api/lessons/${draft.id}/export.md`))
      .body;
    expect(markdown).not.toContain('Bea Answerer');
    expect(markdown).not.toContain('Run a pilot for declined quotes');
  });
});

describe('a late refusal', () => {
  it('takes a published lesson that still quotes the author back to review, until it is rewritten', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'late refusals');
    const lesson = await n.published(
      n.cookies.nia,
      { threadId: question.threadId },
      { [n.people.bea.id]: n.cookies.bea },
    );
    expect(lesson.status).toBe('published');
    const answer = lesson.sources.find((source) => source.kind === 'reply')?.id;
    await n.ok(n.cookies.bea, 'PUT', `/api/lessons/${lesson.id}/sources/${answer}/consent`, {
      quote: false,
    });
    const back = await n.ok<LessonDetail>(n.cookies.nia, 'GET', `/api/lessons/${lesson.id}`);
    expect(back.status).toBe('in_review');
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${lesson.id}`)).statusCode).toBe(404);
  });
});

describe('translations', () => {
  it('publishes a member’s translation at once, marked as one, and lists it on the original', async () => {
    const storyId = await n.story(n.cookies.nia, 'translated story');
    const original = await n.published(n.cookies.nia, { threadId: storyId });
    const translation = await n.ok<LessonDetail>(
      n.cookies.bea,
      'POST',
      `/api/lessons/${original.id}/translations`,
      {
        language: 'fr',
        title: 'Une histoire traduite',
        sections: {
          problem: 'Le contexte',
          tried: 'Essayé',
          evidence: '',
          caveats: '',
          useWhen: '',
        },
      },
    );
    expect(translation).toMatchObject({
      status: 'published',
      language: 'fr',
      translationOfId: original.id,
      translationOf: { id: original.id, title: 'translated story' },
    });
    expect(translation.authors.map((author) => author.id)).toEqual([n.people.bea.id]);
    expect(translation.sources.map((source) => source.threadId)).toEqual([storyId]);
    const reread = await n.ok<LessonDetail>(n.cookies.out, 'GET', `/api/lessons/${original.id}`);
    expect(reread.translations).toEqual([
      { id: translation.id, title: 'Une histoire traduite', language: 'fr' },
    ]);
    // A translation reaches whom its original reaches, when that changes too.
    await n.ok(n.cookies.org, 'PATCH', `/api/lessons/${original.id}`, {
      audienceCohortIds: [n.cohortA.id],
    });
    expect((await n.call(n.cookies.out, 'GET', `/api/lessons/${translation.id}`)).statusCode).toBe(
      404,
    );
    const inCohort = await n.ok<LessonDetail>(
      n.cookies.ann,
      'GET',
      `/api/lessons/${translation.id}`,
    );
    expect(inCohort.audience).toEqual([{ id: n.cohortA.id, name: 'Cohort A' }]);
  });
});
