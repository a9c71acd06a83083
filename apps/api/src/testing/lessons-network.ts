import type { LessonDetail } from '@praxis/contracts/lessons';
import { agendaItems } from '@praxis/db/schema/meetups';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

// The small network the lessons tests share: cohort A (ann, bea), cohort B (out, who never sees
// what A keeps to itself), nia in no cohort, and an organiser. Each test posts its own sources.

export async function buildLessonsNetwork(t: TestApp) {
  const db = t.database.db;
  const people = {
    ann: await createMember(db, { name: 'Ann Author' }),
    bea: await createMember(db, { name: 'Bea Answerer' }),
    out: await createMember(db, { name: 'Out Sider' }),
    nia: await createMember(db, { name: 'Nia Network' }),
    org: await createMember(db, { name: 'Oli Organiser', role: 'organiser' }),
  };
  const cohortA = await createCohort(db, {
    name: 'Cohort A',
    memberIds: [people.ann.id, people.bea.id],
  });
  const cohortB = await createCohort(db, { name: 'Cohort B', memberIds: [people.out.id] });
  const cookies = {
    ann: await t.signIn(people.ann.email, TEST_PASSWORD),
    bea: await t.signIn(people.bea.email, TEST_PASSWORD),
    out: await t.signIn(people.out.email, TEST_PASSWORD),
    nia: await t.signIn(people.nia.email, TEST_PASSWORD),
    org: await t.signIn(people.org.email, TEST_PASSWORD),
  };

  async function call(cookie: string, method: string, url: string, payload?: unknown) {
    return t.request({
      method: method as 'GET',
      url,
      cookie,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }

  async function ok<T = Record<string, unknown>>(
    cookie: string,
    method: string,
    url: string,
    payload?: unknown,
  ): Promise<T> {
    const response = await call(cookie, method, url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
    return (response.statusCode === 204 ? null : response.json()) as T;
  }

  /** A story by `cookie`'s member, network-wide unless a cohort is given. */
  async function story(cookie: string, title: string, cohortId: string | null = null) {
    const thread = await ok<{ id: string }>(cookie, 'POST', '/api/threads', {
      kind: 'failure',
      title,
      cohortId,
      tags: ['budgeting'],
      story: {
        context: `Context of ${title}`,
        tried: `We tried ${title}`,
        happened: 'Attendance fell by 40%',
        learned: 'Start with the users',
        differently: 'Ask earlier',
      },
    });
    return thread.id;
  }

  /** A question asked by `asker`, answered by `answerer` and accepted. */
  async function solvedQuestion(
    asker: string,
    answerer: string,
    title: string,
    cohortId: string | null = null,
  ) {
    const thread = await ok<{ id: string }>(asker, 'POST', '/api/threads', {
      kind: 'question',
      title,
      body: `How do we ${title}?`,
      cohortId,
    });
    const reply = await ok<{ id: string }>(answerer, 'POST', `/api/threads/${thread.id}/replies`, {
      body: `Run a pilot for ${title}`,
    });
    await ok(asker, 'PUT', `/api/threads/${thread.id}/accepted`, { replyId: reply.id });
    return { threadId: thread.id, replyId: reply.id };
  }

  /** A past meetup of a series (for these cohorts only, if any), with notes. */
  async function pastMeetup(notes: string, cohortIds: string[] = []) {
    const series = await createMeetupSeries(db, { cohortIds });
    return createMeetup(db, {
      seriesId: series.id,
      status: 'done',
      startsAt: new Date(Date.now() - 10 * 24 * 60 * 60 * 1000),
      notesSource: notes,
      notesHtml: `<p>${notes}</p>`,
      createdById: people.org.id,
    });
  }

  async function agendaItem(meetupId: string, speakerId: string, status: 'proposed' | 'accepted') {
    const [item] = await db
      .insert(agendaItems)
      .values({
        meetupId,
        speakerId,
        title: 'How we ran the citizens’ panel',
        kind: 'success_story',
        minutes: 15,
        status,
      })
      .returning();
    if (!item) throw new Error('agenda item insert returned no row');
    return item;
  }

  const lesson = (cookie: string, source: Record<string, string>) =>
    ok<LessonDetail>(cookie, 'POST', '/api/lessons', source);

  /** A lesson drawn from `source`, filled in, submitted, agreed by everyone asked, published. */
  async function published(
    cookie: string,
    source: Record<string, string>,
    answers: Record<string, string> = {},
  ) {
    const draft = await lesson(cookie, source);
    const submitted = await ok<LessonDetail>(cookie, 'POST', `/api/lessons/${draft.id}/submit`);
    for (const source of submitted.sources) {
      const answerer = source.author ? answers[source.author.id] : undefined;
      if (source.consent === 'pending' && answerer) {
        await ok(answerer, 'PUT', `/api/lessons/${draft.id}/sources/${source.id}/consent`, {
          quote: true,
        });
      }
    }
    return ok<LessonDetail>(cookies.org, 'POST', `/api/lessons/${draft.id}/publish`, {});
  }

  /** A library lesson the organiser drew from Bea's story, which Bea agreed to be quoted in. */
  async function lessonQuotingBea(title: string, cohortId: string | null = null) {
    const threadId = await story(cookies.bea, title, cohortId);
    const lesson = await published(cookies.org, { threadId }, { [people.bea.id]: cookies.bea });
    return { lesson, story: threadId };
  }

  return {
    people,
    cohortA,
    cohortB,
    cookies,
    call,
    ok,
    story,
    solvedQuestion,
    pastMeetup,
    agendaItem,
    lesson,
    published,
    lessonQuotingBea,
  };
}

export type LessonsNetwork = Awaited<ReturnType<typeof buildLessonsNetwork>>;

/**
 * The test app and its lessons network for one test file: made in the file's first `beforeAll`,
 * closed in its `afterAll`. Call it at the top of the file; `t` and `n` stand for the two from
 * then on, so a `beforeAll` the file registers after it already finds them made.
 */
export function lessonsNetworkPerFile(): { t: TestApp; n: LessonsNetwork } {
  let made: { t: TestApp; n: LessonsNetwork } | undefined;
  beforeAll(async () => {
    const t = await createTestApp();
    made = { t, n: await buildLessonsNetwork(t) };
  });
  afterAll(() => made?.t.close());
  const standIn = <K extends 't' | 'n'>(key: K) =>
    new Proxy({} as { t: TestApp; n: LessonsNetwork }[K], {
      get(_, property) {
        if (!made) throw new Error('the lessons network is made in beforeAll, not before');
        return Reflect.get(made[key], property);
      },
    });
  return { t: standIn('t'), n: standIn('n') };
}

/** The message of an error answer, in English. */
export function refusal(response: { statusCode: number; json(): unknown }) {
  const body = response.json() as { error?: { message?: string } };
  return [response.statusCode, body.error?.message];
}
