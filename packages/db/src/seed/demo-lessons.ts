import { randomUUID } from 'node:crypto';
import { LessonTags, LessonTitle, LessonTranslationBody } from '@praxis/contracts/lessons';
import type { Db } from '../client.ts';
import {
  type LessonSections,
  lessonAudiences,
  lessonAuthors,
  lessonHelpfulMarks,
  lessonSources,
  lessons,
} from '../schema/lessons.ts';
import { notifications } from '../schema/notifications.ts';
import { asHistory } from './demo-history.ts';
import { BIH_LESSONS } from './demo-lessons-bih.ts';
import { type DemoLesson, type DemoLessonSource, TRANSFO_LESSONS } from './demo-lessons-content.ts';
import { canSee, type DemoSource, type DemoSources } from './demo-sources.ts';
import type { DemoThreadsContext } from './demo-threads.ts';

export interface DemoLibraryContext extends DemoThreadsContext {
  programmes: { id: string; name: string }[];
  sources: DemoSources;
}

/** A seeded lesson, for the pilots that link to it. */
export interface SeededLesson {
  id: string;
  createdAt: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EVERY_LESSON = [...TRANSFO_LESSONS, ...BIH_LESSONS];

type Rows = {
  lessons: (typeof lessons.$inferInsert)[];
  authors: (typeof lessonAuthors.$inferInsert)[];
  sources: (typeof lessonSources.$inferInsert)[];
  audiences: (typeof lessonAudiences.$inferInsert)[];
  helpful: (typeof lessonHelpfulMarks.$inferInsert)[];
  notifications: (typeof notifications.$inferInsert)[];
};

/**
 * The practice library: lessons drawn from the seeded stories, solved questions and past
 * meetups, with their authors, their sources and what each source's author answered, their
 * audiences, helpful marks, and the notifications of reviews asked and lessons published. The
 * audience follows the rule the API enforces: a lesson drawn from a source only some cohorts see
 * reaches only them, unless that source's author widened it. Returns each lesson by its title.
 */
export async function seedDemoLessons(
  tx: Db,
  context: DemoLibraryContext,
): Promise<Map<string, SeededLesson>> {
  const rows: Rows = {
    lessons: [],
    authors: [],
    sources: [],
    audiences: [],
    helpful: [],
    notifications: [],
  };
  const seeded = new Map<string, SeededLesson>();
  for (const lesson of EVERY_LESSON) {
    if (seeded.has(lesson.title)) throw new Error(`two demo lessons are "${lesson.title}"`);
    seeded.set(lesson.title, addLesson(rows, lesson, seeded, context));
  }
  await tx.insert(lessons).values(rows.lessons);
  await tx.insert(lessonAuthors).values(rows.authors);
  await tx.insert(lessonSources).values(rows.sources);
  if (rows.audiences.length) await tx.insert(lessonAudiences).values(rows.audiences);
  await tx.insert(lessonHelpfulMarks).values(rows.helpful);
  await tx.insert(notifications).values(rows.notifications.map(asHistory));
  return seeded;
}

function addLesson(
  rows: Rows,
  lesson: DemoLesson,
  seeded: ReadonlyMap<string, SeededLesson>,
  context: DemoLibraryContext,
): SeededLesson {
  const fail = (problem: string): never => {
    throw new Error(`the demo lesson "${lesson.title}" ${problem}`);
  };
  const { now, sources, cookMarkdown } = context;
  const id = randomUUID();
  const createdAt = new Date(now.getTime() - lesson.createdDaysAgo * DAY);
  const publishedAt =
    lesson.publishedDaysAgo === undefined
      ? null
      : new Date(now.getTime() - lesson.publishedDaysAgo * DAY);
  if ((lesson.status === 'published') !== (publishedAt !== null))
    fail('is published without a date, or dated unpublished');
  if (publishedAt && publishedAt < createdAt) fail('is published before it was written');
  // What the editor refuses, refused here; a lesson leaves its draft with every section written.
  const title = LessonTitle.parse(lesson.title);
  const tags = LessonTags.parse(lesson.tags);
  const sectionsSource: LessonSections =
    lesson.status === 'draft'
      ? lesson.sections
      : LessonTranslationBody.parse({ ...lesson, language: lesson.language ?? 'en', tags })
          .sections;
  if (lesson.status !== 'draft' && Object.values(sectionsSource).some((text) => !text.trim())) {
    fail('leaves a section empty after its draft');
  }
  const programme = context.programmes.find((candidate) => candidate.name === lesson.programme);
  const cohort = context.cohorts.find((candidate) => candidate.name === lesson.cohort);
  if (!programme || (lesson.cohort && !cohort)) fail('names an unknown programme or cohort');
  const original = lesson.translationOf ? seeded.get(lesson.translationOf) : undefined;
  if (lesson.translationOf && !original) fail('translates a lesson seeded after it, or none');

  const authors = lesson.authors.map(sources.member);
  const creator = authors[0] ?? fail('has no author');
  authors.forEach((author, index) => {
    rows.authors.push({
      lessonId: id,
      memberId: author.id,
      addedAt: new Date(createdAt.getTime() + index * HOUR),
    });
  });

  const frame = { lessonId: id, lesson, createdAt, publishedAt, creatorId: creator.id, now };
  // The audience is no wider than every source that stays cohort-only allows.
  let audience: string[] | null = null;
  for (const source of lesson.sources) {
    const found = findSource(source, sources, fail);
    if (found.createdAt >= createdAt) fail('draws on a source written after it');
    if (!authors.every((author) => canSee(author, found.cohortIds)))
      fail('is written by someone who cannot see its source');
    if (found.cohortIds.length && !source.widened) {
      audience = audience
        ? audience.filter((cohortId) => found.cohortIds.includes(cohortId))
        : found.cohortIds;
    }
    addSource(rows, frame, source, found);
  }
  if (audience?.length === 0) fail('has sources no cohort sees together');
  rows.audiences.push(...(audience ?? []).map((cohortId) => ({ lessonId: id, cohortId })));

  (lesson.helpful ?? []).forEach((account, index) => {
    const member = sources.member(account);
    if (!publishedAt) {
      fail(`is marked helpful by ${account} before it is published`);
      return;
    }
    if (authors.includes(member)) fail(`is marked helpful by its author ${account}`);
    if (audience && !canSee(member, audience))
      fail(`is marked helpful by ${account}, outside its audience`);
    const at = Math.min(publishedAt.getTime() + (index + 1) * 9 * HOUR, now.getTime() - HOUR);
    rows.helpful.push({ lessonId: id, memberId: member.id, createdAt: new Date(at) });
  });
  // Its authors hear it was published, as the lessons module tells them.
  if (publishedAt) {
    for (const author of authors.slice(1)) {
      rows.notifications.push(
        told(author.id, 'lesson_published', creator.id, id, publishedAt, now),
      );
    }
  }

  const cook = (source: string) => (source ? cookMarkdown(source) : '');
  rows.lessons.push({
    id,
    title,
    sectionsSource,
    sectionsHtml: {
      problem: cook(sectionsSource.problem),
      tried: cook(sectionsSource.tried),
      evidence: cook(sectionsSource.evidence),
      caveats: cook(sectionsSource.caveats),
      useWhen: cook(sectionsSource.useWhen),
    },
    tags,
    language: lesson.language ?? 'en',
    programmeId: programme?.id ?? null,
    cohortId: cohort?.id ?? null,
    stage: lesson.stage ?? null,
    status: lesson.status,
    translationOfId: original?.id ?? null,
    createdById: creator.id,
    helpfulCount: lesson.helpful?.length ?? 0,
    createdAt,
    updatedAt: publishedAt ?? createdAt,
    publishedAt,
  });
  return { id, createdAt };
}

function findSource(
  source: DemoLessonSource,
  sources: DemoSources,
  fail: (problem: string) => never,
): DemoSource {
  if (source.thread && source.reply) {
    const reply = sources.reply(source.thread, source.reply);
    // Only a solved question's accepted answer can be drawn on, as in the API.
    if (sources.thread(source.thread).acceptedReplyId !== reply.id)
      fail(`draws on a reply of ${source.reply} that is not the answer`);
    return reply;
  }
  if (source.thread) {
    // A story, or a solved question (drawn on with its answer): what the API lets a lesson use.
    const thread = sources.thread(source.thread);
    const story = thread.kind === 'success' || thread.kind === 'failure';
    if (!story && !thread.acceptedReplyId)
      fail(`draws on "${source.thread}", neither a story nor solved`);
    return thread;
  }
  if (source.meetup && source.agenda) {
    const item = sources.agendaItem(source.meetup, source.agenda);
    if (!item.accepted) fail(`draws on "${source.agenda}", which was not on the agenda`);
    return item;
  }
  if (source.meetup) return sources.notes(source.meetup);
  return fail('has a source that names nothing');
}

/** When a lesson was written and published, and by whom, for the sources it draws on. */
interface LessonFrame {
  lessonId: string;
  lesson: DemoLesson;
  createdAt: Date;
  publishedAt: Date | null;
  creatorId: string;
  now: Date;
}

function addSource(rows: Rows, frame: LessonFrame, source: DemoLessonSource, found: DemoSource) {
  const { lessonId, lesson, createdAt, publishedAt, creatorId, now } = frame;
  const own = rows.authors.some(
    (author) => author.lessonId === lessonId && author.memberId === found.authorId,
  );
  // Authors are asked when the lesson goes to review: a day after it was drafted.
  const asked = !own && lesson.status !== 'draft';
  const askedAt = asked ? new Date(createdAt.getTime() + DAY) : null;
  const consent = own ? 'not_asked' : asked ? (source.consent ?? 'agreed') : 'pending';
  if (publishedAt && consent === 'pending')
    throw new Error(`"${lesson.title}" is published with a source not answered`);
  const answeredAt =
    askedAt && consent !== 'pending'
      ? new Date(askedAt.getTime() + ((publishedAt ?? now).getTime() - askedAt.getTime()) / 2)
      : null;
  rows.sources.push({
    lessonId,
    // A reply also names its thread, and an agenda item its meetup.
    threadId: source.thread ? (found.parentId ?? found.id) : null,
    replyId: source.reply ? found.id : null,
    meetupId: source.meetup ? (found.parentId ?? found.id) : null,
    agendaItemId: source.agenda ? found.id : null,
    authorId: found.authorId,
    consent,
    widened: source.widened === true && consent !== 'declined',
    askedAt,
    answeredAt,
    addedAt: createdAt,
  });
  if (askedAt)
    rows.notifications.push(
      told(found.authorId, 'lesson_review_requested', creatorId, lessonId, askedAt, now),
    );
  if (publishedAt && consent === 'agreed') {
    rows.notifications.push(
      told(found.authorId, 'lesson_published', creatorId, lessonId, publishedAt, now),
    );
  }
}

/** A notification of the library: read if it is more than a week old. */
function told(
  memberId: string,
  kind: string,
  actorId: string,
  lessonId: string,
  at: Date,
  now: Date,
) {
  const old = now.getTime() - at.getTime() > 7 * DAY;
  return {
    memberId,
    kind,
    actorId,
    lessonId,
    createdAt: at,
    readAt: old ? new Date(at.getTime() + DAY) : null,
  };
}
