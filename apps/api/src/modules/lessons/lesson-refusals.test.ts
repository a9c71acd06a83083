import type { LessonDetail } from '@praxis/contracts/lessons';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonsNetworkPerFile, refusal } from '../../testing/lessons-network.ts';

// Every way the lessons routes say no, with the message a person reads.

const { n } = lessonsNetworkPerFile();
let draft: LessonDetail;
let storyId: string;

beforeAll(async () => {
  storyId = await n.story(n.cookies.ann, 'Our failed hackathon');
  draft = await n.lesson(n.cookies.ann, { threadId: storyId });
});

const post = (cookie: string, url: string, payload: unknown = {}) =>
  n.call(cookie, 'POST', url, payload);

describe('POST /api/lessons', () => {
  it('refuses what is not a lesson’s source', async () => {
    const open = await n.ok<{ id: string }>(n.cookies.ann, 'POST', '/api/threads', {
      kind: 'question',
      title: 'An open question',
      body: 'Anyone?',
    });
    const discussion = await n.ok<{ id: string }>(n.cookies.ann, 'POST', '/api/threads', {
      kind: 'discussion',
      title: 'Just talking',
      body: 'Hello',
    });
    const notSource =
      "Only a solved question, a success or failure story, a meetup's notes or an accepted agenda item can become a lesson.";
    for (const threadId of [open.id, discussion.id]) {
      expect(refusal(await post(n.cookies.ann, '/api/lessons', { threadId }))).toEqual([
        409,
        notSource,
      ]);
    }
    const question = await n.solvedQuestion(n.cookies.ann, n.cookies.bea, 'a question');
    const other = await n.ok<{ id: string }>(
      n.cookies.nia,
      'POST',
      `/api/threads/${question.threadId}/replies`,
      {
        body: 'Not the answer',
      },
    );
    expect(refusal(await post(n.cookies.nia, '/api/lessons', { replyId: other.id }))).toEqual([
      409,
      notSource,
    ]);
  });

  it('refuses a source the member cannot see, or did not write', async () => {
    const hiddenFromOut = await n.story(n.cookies.ann, 'Cohort A only', n.cohortA.id);
    expect(refusal(await post(n.cookies.out, '/api/lessons', { threadId: hiddenFromOut }))).toEqual(
      [404, 'This source does not exist, or you cannot see it.'],
    );
    expect(refusal(await post(n.cookies.bea, '/api/lessons', { threadId: storyId }))).toEqual([
      403,
      'Only the author of this post and organisers can turn it into a lesson.',
    ]);
    expect(refusal(await post(n.cookies.ann, '/api/lessons', {}))).toEqual([
      400,
      'Name exactly one source: a thread, a reply, a meetup or an agenda item.',
    ]);
  });

  it('refuses a hidden thread, a meetup without notes and an agenda item not accepted', async () => {
    const hidden = await n.story(n.cookies.ann, 'Hidden story');
    await n.ok(n.cookies.org, 'PUT', `/api/threads/${hidden}/moderation`, { hidden: true });
    expect(refusal(await post(n.cookies.org, '/api/lessons', { threadId: hidden }))).toEqual([
      409,
      'This thread was hidden by an organiser: it cannot become a lesson.',
    ]);
    const meetup = await n.pastMeetup('');
    expect(refusal(await post(n.cookies.org, '/api/lessons', { meetupId: meetup.id }))).toEqual([
      409,
      'This meetup has no notes yet: write them before turning them into a lesson.',
    ]);
    const item = await n.agendaItem(meetup.id, n.people.bea.id, 'proposed');
    expect(refusal(await post(n.cookies.bea, '/api/lessons', { agendaItemId: item.id }))).toEqual([
      409,
      'Only an accepted agenda item can become a lesson: this one was not accepted.',
    ]);
  });
});

describe('changing a lesson', () => {
  it('lets only its authors and organisers edit, and only known cohorts in its audience', async () => {
    const other = await n.call(n.cookies.bea, 'PATCH', `/api/lessons/${draft.id}`, {
      title: 'Mine now',
    });
    expect(refusal(other)).toEqual([404, 'This lesson does not exist, or you cannot see it.']);
    const unknown = await n.call(n.cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, {
      audienceCohortIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(refusal(unknown)).toEqual([400, 'One of these cohorts does not exist any more.']);
    const short = await n.call(n.cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, { title: 'Hi' });
    expect(short.statusCode).toBe(400);
  });

  it('refuses a source twice, removing the last one, and an unknown one', async () => {
    expect(
      refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/sources`, { threadId: storyId })),
    ).toEqual([409, 'The lesson already draws on this source.']);
    const only = draft.sources[0]?.id;
    expect(
      refusal(await n.call(n.cookies.ann, 'DELETE', `/api/lessons/${draft.id}/sources/${only}`)),
    ).toEqual([
      409,
      'A lesson draws on at least one source: add another before removing this one.',
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      refusal(await n.call(n.cookies.ann, 'DELETE', `/api/lessons/${draft.id}/sources/${unknown}`)),
    ).toEqual([404, 'This lesson has no such source.']);
  });
});

describe('review and publication', () => {
  it('refuses to submit a lesson without its problem and what was tried', async () => {
    await n.ok(n.cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, { sections: { tried: '  ' } });
    expect(refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/submit`))).toEqual([
      400,
      'Describe the problem and what was tried before sending the lesson to review.',
    ]);
    await n.ok(n.cookies.ann, 'PATCH', `/api/lessons/${draft.id}`, {
      sections: { tried: 'A hackathon' },
    });
  });

  it('lets only organisers publish or return a lesson, and only from review', async () => {
    expect(refusal(await post(n.cookies.org, `/api/lessons/${draft.id}/publish`))).toEqual([
      409,
      'Only a lesson in review can be published.',
    ]);
    expect(refusal(await post(n.cookies.org, `/api/lessons/${draft.id}/return-to-draft`))).toEqual([
      409,
      'This lesson is already a draft.',
    ]);
    await n.ok(n.cookies.ann, 'POST', `/api/lessons/${draft.id}/submit`);
    expect(refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/submit`))).toEqual([
      409,
      'Sources are added and removed, and a lesson sent to review, only while it is a draft.',
    ]);
    expect(refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/publish`))).toEqual([
      403,
      'Only organisers can publish lessons.',
    ]);
    expect(refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/return-to-draft`))).toEqual([
      403,
      'Only organisers can return a lesson to draft.',
    ]);
  });

  it('waits for everyone asked, and lets only a source’s author answer for it', async () => {
    const question = await n.solvedQuestion(n.cookies.nia, n.cookies.bea, 'waiting for answers');
    const lesson = await n.lesson(n.cookies.nia, { threadId: question.threadId });
    const reply = lesson.sources.find((source) => source.kind === 'reply')?.id;
    const early = await n.call(
      n.cookies.bea,
      'PUT',
      `/api/lessons/${lesson.id}/sources/${reply}/consent`,
      {
        quote: true,
      },
    );
    expect(refusal(early)).toEqual([
      409,
      'You have not been asked about this lesson yet: its authors will ask when they send it to review.',
    ]);
    await n.ok(n.cookies.nia, 'POST', `/api/lessons/${lesson.id}/submit`);
    expect(refusal(await post(n.cookies.org, `/api/lessons/${lesson.id}/publish`))).toEqual([
      409,
      'Some authors of the sources have not answered yet: publish once every one asked has answered.',
    ]);
    const consent = `/api/lessons/${lesson.id}/sources/${reply}/consent`;
    const notTheirs = await n.call(n.cookies.org, 'PUT', consent, { quote: true });
    expect(refusal(notTheirs)).toEqual([403, 'Only the author of this source can answer for it.']);
    const unseen = await n.call(n.cookies.ann, 'PUT', consent, { quote: true });
    expect(refusal(unseen)).toEqual([404, 'This lesson does not exist, or you cannot see it.']);
  });
});

describe('a source hidden after the lesson was drafted', () => {
  it('counts as seen by no one: the lesson cannot be published while it draws on it', async () => {
    const storyOfOrganiser = await n.story(n.cookies.org, 'Hidden later');
    const lesson = await n.lesson(n.cookies.org, { threadId: storyOfOrganiser });
    await n.ok(n.cookies.org, 'POST', `/api/lessons/${lesson.id}/submit`);
    await n.ok(n.cookies.org, 'PUT', `/api/threads/${storyOfOrganiser}/moderation`, {
      hidden: true,
    });
    expect(refusal(await post(n.cookies.org, `/api/lessons/${lesson.id}/publish`))).toEqual([
      409,
      'No one could read this lesson: “Hidden later” is seen by no cohort the other sources share, or was hidden. Remove it, or ask its author to widen it.',
    ]);
  });
});

describe('deleting, translating and marking', () => {
  it('deletes only drafts, translates only published lessons, into another language', async () => {
    const translation = {
      language: 'en',
      title: 'Same language',
      sections: { problem: 'p', tried: 't', evidence: '', caveats: '', useWhen: '' },
    };
    expect(
      refusal(await post(n.cookies.ann, `/api/lessons/${draft.id}/translations`, translation)),
    ).toEqual([409, 'This lesson is not published yet.']);
    expect(refusal(await post(n.cookies.org, `/api/lessons/${draft.id}/helpful`))).toEqual([
      409,
      'This lesson is not published yet.',
    ]);
    const published = await n.published(n.cookies.nia, {
      threadId: await n.story(n.cookies.nia, 'Published one'),
    });
    expect(
      refusal(await post(n.cookies.ann, `/api/lessons/${published.id}/translations`, translation)),
    ).toEqual([409, "Choose another language than the original's."]);
    const edit = await n.call(n.cookies.bea, 'PATCH', `/api/lessons/${published.id}`, {
      title: 'Mine now',
    });
    expect(refusal(edit)).toEqual([403, "Only the lesson's authors and organisers can change it."]);
    expect(refusal(await n.call(n.cookies.nia, 'DELETE', `/api/lessons/${published.id}`))).toEqual([
      409,
      'Only a draft can be deleted: ask an organiser to return the lesson to draft first.',
    ]);
    const gone = await n.lesson(n.cookies.nia, {
      threadId: await n.story(n.cookies.nia, 'To be deleted'),
    });
    expect((await n.call(n.cookies.nia, 'DELETE', `/api/lessons/${gone.id}`)).statusCode).toBe(204);
    expect((await n.call(n.cookies.nia, 'GET', `/api/lessons/${gone.id}`)).statusCode).toBe(404);
  });
});
