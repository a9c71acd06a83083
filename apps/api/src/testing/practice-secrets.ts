import type { Db } from '@praxis/db/client';
import {
  type LessonSections,
  lessonAudiences,
  lessonAuthors,
  lessonSources,
  lessons,
} from '@praxis/db/schema/lessons';
import { agendaItems } from '@praxis/db/schema/meetups';
import { notifications } from '@praxis/db/schema/notifications';
import {
  pilotFollowers,
  pilotLinks,
  pilots,
  pilotTeam,
  pilotUpdates,
} from '@praxis/db/schema/pilots';
import {
  createCohort,
  createMeetup,
  createMeetupSeries,
  createMember,
  TEST_PASSWORD,
} from '@praxis/db/testing/factories';
import type { TestApp } from './test-app.ts';

/**
 * The word every cohort-only text of this network holds, in lower case, and nothing else does:
 * a response that carries it to a member outside the cohort leaks. Searches ask for it in upper
 * case, so that an echo of the query is not mistaken for a leak.
 */
export const SECRET = 'quokka';

const OUTSIDERS = 8;

const sections = (words: string): LessonSections => ({
  problem: words,
  tried: words,
  evidence: words,
  caveats: words,
  useWhen: words,
});
const cooked = (words: string) => sections(`<p>${words}</p>`);

async function insertLesson(
  db: Db,
  values: {
    title: string;
    words: string;
    status: 'draft' | 'in_review' | 'published';
    authorId: string;
    audience: string[];
  },
) {
  const [lesson] = await db
    .insert(lessons)
    .values({
      title: values.title,
      sectionsSource: sections(values.words),
      sectionsHtml: cooked(values.words),
      status: values.status,
      publishedAt: values.status === 'published' ? new Date() : null,
      createdById: values.authorId,
    })
    .returning({ id: lessons.id });
  if (!lesson) throw new Error('lesson insert returned no row');
  await db.insert(lessonAuthors).values({ lessonId: lesson.id, memberId: values.authorId });
  if (values.audience.length > 0) {
    await db
      .insert(lessonAudiences)
      .values(values.audience.map((cohortId) => ({ lessonId: lesson.id, cohortId })));
  }
  return lesson.id;
}

/**
 * A network where cohort A keeps things to itself, seen by an outsider from cohort B:
 * - A's story (and a reply), a meetup of A's series with notes and an agenda item;
 * - lessons: one for A only, drawn from A's story; one for the whole network that draws on A's
 *   story (widened by its author) and on an open thread; a draft and one in review;
 * - pilots: one for A only, with an update; one for the network linked to A's story, A's lesson
 *   and A's agenda item;
 * - a network series whose next meetup asks what happened since the last exchange;
 * - notifications to the outsider about A's pilot and lesson, from before they could not see them.
 * Every cohort-only text holds SECRET; what the outsider may see does not.
 */
export async function buildPracticeSecrets(t: TestApp) {
  const db = t.database.db;
  const insider = await createMember(db);
  // Several outsiders alike, so that a sweep of thousands of requests stays under the limit
  // each member has per minute.
  const outsiders = await Promise.all(Array.from({ length: OUTSIDERS }, () => createMember(db)));
  const [outsider] = outsiders;
  if (!outsider) throw new Error('no outsider');
  const cohortA = await createCohort(db, { memberIds: [insider.id] });
  await createCohort(db, {
    programmeId: cohortA.programmeId,
    memberIds: outsiders.map((each) => each.id),
  });
  const insiderCookie = await t.signIn(insider.email, TEST_PASSWORD);
  const outsiderCookies: string[] = [];
  for (const each of outsiders) outsiderCookies.push(await t.signIn(each.email, TEST_PASSWORD));

  async function post(url: string, payload: object) {
    const response = await t.request({ method: 'POST', url, cookie: insiderCookie, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json() as { id: string };
  }
  const story = await post('/api/threads', {
    kind: 'success',
    title: `The ${SECRET} tender`,
    story: {
      context: `A ${SECRET} context.`,
      tried: `We tried the ${SECRET} way.`,
      happened: `The ${SECRET} happened.`,
      learned: `We learned ${SECRET} things.`,
      differently: `Next time, fewer ${SECRET}s.`,
    },
    cohortId: cohortA.id,
  });
  const reply = await post(`/api/threads/${story.id}/replies`, { body: `A ${SECRET} answer.` });
  const open = await post('/api/threads', {
    kind: 'discussion',
    title: 'Budgets in the open',
    body: 'Anyone may read this.',
  });

  const seriesA = await createMeetupSeries(db, { cohortIds: [cohortA.id] });
  const meetupA = await createMeetup(db, {
    seriesId: seriesA.id,
    title: `The ${SECRET} exchange`,
    status: 'done',
    startsAt: new Date(Date.now() - 20 * 24 * 3600 * 1000),
    notesSource: `Notes on ${SECRET}s.`,
    notesHtml: `<p>Notes on ${SECRET}s.</p>`,
  });
  const [agendaItem] = await db
    .insert(agendaItems)
    .values({
      meetupId: meetupA.id,
      speakerId: insider.id,
      title: `The ${SECRET} talk`,
      kind: 'lesson',
      minutes: 10,
      status: 'accepted',
      position: 1,
    })
    .returning({ id: agendaItems.id });

  const lessonA = await insertLesson(db, {
    title: `The ${SECRET} lesson`,
    words: `What the ${SECRET} taught.`,
    status: 'published',
    authorId: insider.id,
    audience: [cohortA.id],
  });
  await db.insert(lessonSources).values({
    lessonId: lessonA,
    threadId: story.id,
    authorId: insider.id,
    consent: 'not_asked',
  });
  const lessonOpen = await insertLesson(db, {
    title: 'Open budgeting lesson',
    words: 'What anyone may read.',
    status: 'published',
    authorId: insider.id,
    audience: [],
  });
  await db.insert(lessonSources).values([
    { lessonId: lessonOpen, threadId: story.id, authorId: insider.id, widened: true },
    { lessonId: lessonOpen, threadId: story.id, replyId: reply.id, authorId: insider.id },
    { lessonId: lessonOpen, threadId: open.id, authorId: insider.id },
    { lessonId: lessonOpen, meetupId: meetupA.id, agendaItemId: agendaItem?.id },
  ]);
  const draft = await insertLesson(db, {
    title: `A ${SECRET} draft`,
    words: `Unfinished ${SECRET}.`,
    status: 'draft',
    authorId: insider.id,
    audience: [],
  });
  const inReview = await insertLesson(db, {
    title: `A ${SECRET} under review`,
    words: `Reviewed ${SECRET}.`,
    status: 'in_review',
    authorId: insider.id,
    audience: [],
  });

  const [pilotA] = await db
    .insert(pilots)
    .values({
      name: `The ${SECRET} pilot`,
      summarySource: `A ${SECRET} summary.`,
      summaryHtml: `<p>A ${SECRET} summary.</p>`,
      programmeId: cohortA.programmeId,
      cohortId: cohortA.id,
      visibility: 'cohort',
      organisations: [`${SECRET} agency`],
      stage: 'pilot',
    })
    .returning({ id: pilots.id });
  const [pilotOpen] = await db
    .insert(pilots)
    .values({
      name: 'Open pilot',
      summarySource: 'Anyone may read this.',
      summaryHtml: '<p>Anyone may read this.</p>',
      programmeId: cohortA.programmeId,
      stage: 'concept',
    })
    .returning({ id: pilots.id });
  if (!pilotA || !pilotOpen || !agendaItem) throw new Error('fixture insert returned no row');
  await db.insert(pilotTeam).values([
    { pilotId: pilotA.id, memberId: insider.id, role: 'lead' },
    { pilotId: pilotOpen.id, memberId: insider.id, role: 'lead' },
  ]);
  await db
    .insert(pilotFollowers)
    .values(outsiders.map((each) => ({ pilotId: pilotA.id, memberId: each.id })));
  const [update] = await db
    .insert(pilotUpdates)
    .values({
      pilotId: pilotA.id,
      authorId: insider.id,
      bodySource: `The ${SECRET} grew.`,
      bodyHtml: `<p>The ${SECRET} grew.</p>`,
      stageFrom: 'concept',
      stageTo: 'pilot',
      happenedOn: new Date().toISOString().slice(0, 10),
    })
    .returning({ id: pilotUpdates.id });
  await db.insert(pilotLinks).values([
    { pilotId: pilotOpen.id, threadId: story.id },
    { pilotId: pilotOpen.id, lessonId: lessonA },
    { pilotId: pilotOpen.id, agendaItemId: agendaItem.id },
    { pilotId: pilotOpen.id, threadId: open.id },
  ]);

  const networkSeries = await createMeetupSeries(db);
  await createMeetup(db, {
    seriesId: networkSeries.id,
    title: 'Last network exchange',
    status: 'done',
    startsAt: new Date(Date.now() - 90 * 24 * 3600 * 1000),
  });
  const nextExchange = await createMeetup(db, {
    seriesId: networkSeries.id,
    title: 'Next network exchange',
  });

  await db.insert(notifications).values(
    outsiders.flatMap((each) => [
      {
        memberId: each.id,
        kind: 'pilot_update' as const,
        actorId: insider.id,
        pilotId: pilotA.id,
        pilotUpdateId: update?.id,
      },
      {
        memberId: each.id,
        kind: 'lesson_published' as const,
        actorId: insider.id,
        lessonId: lessonA,
      },
    ]),
  );

  return {
    outsider,
    /** The outsiders' sessions, to take turns with. */
    outsiderCookies,
    insider,
    cohortIds: { a: cohortA.id },
    /** What the outsider must never see named, by id. */
    secretIds: {
      story: story.id,
      reply: reply.id,
      meetupA: meetupA.id,
      agendaItem: agendaItem.id,
      lessonA,
      draft,
      inReview,
      pilotA: pilotA.id,
      update: update?.id ?? '',
    },
    /** What the outsider may see, by id. */
    openIds: {
      open: open.id,
      lessonOpen,
      pilotOpen: pilotOpen.id,
      nextExchange: nextExchange.id,
      programme: cohortA.programmeId,
    },
  };
}
