import type { LessonSectionsText, LessonSourceRef } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { sql } from 'drizzle-orm';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { meetupIdVisibleTo, meetupNotesVisibleTo } from '../meetups/meetups.visibility.ts';
import { replyIdVisibleTo, threadIdVisibleTo } from '../threads/threads.visibility.ts';
import * as sources from './lesson-sources.repository.ts';
import { lessonNarrowed } from './lessons.events.ts';
import * as repository from './lessons.repository.ts';

// What a lesson may draw on, who may draw it, what it pre-fills, and how far the sources let
// the lesson reach: the rules shared by creating a lesson and adding a source to a draft.

/** A source as it is stored, and what a new lesson takes from it. */
export interface ResolvedSource {
  rows: Omit<sources.NewSource, 'lessonId'>[];
  /** How the refusals name it. */
  title: string;
  /** Who wrote these posts anonymously: the lesson may never credit them. */
  anonymousAuthorIds: string[];
  prefill: {
    title: string;
    sections: LessonSectionsText;
    tags: string[];
    language: string | null;
    cohortId: string | null;
    programmeId: string | null;
  };
}

const EMPTY: LessonSectionsText = {
  problem: '',
  tried: '',
  evidence: '',
  caveats: '',
  useWhen: '',
};

async function holds(db: Db, condition: ReturnType<typeof sql>) {
  const result = await db.execute(sql`select ${condition} as holds`);
  return (result as unknown as { rows: { holds: boolean }[] }).rows[0]?.holds === true;
}

const notFound = () => new AppError('not_found', msg('errors.lessons.sourceNotFound'));
const notALessonSource = () => new AppError('conflict', msg('errors.lessons.notALessonSource'));
/** Off the record (Chatham House): read inside Praxis only, so no lesson quotes it. */
const offTheRecord = () => new AppError('conflict', msg('errors.lessons.sourceOffRecord'));

/**
 * A lesson credits whoever draws it: the author of an anonymous post drawing on it would sign
 * it with their name. They sign the post first, or an organiser draws it (and never names them).
 */
export const anonymousOwnSource = () =>
  new AppError('conflict', msg('errors.lessons.ownAnonymousSource'));

function mayDraw(
  actor: AccountMember,
  authorIds: (string | null)[],
  anonymousAuthorIds: (string | null)[] = [],
) {
  if (anonymousAuthorIds.includes(actor.id)) throw anonymousOwnSource();
  if (isOrganiser(actor) || authorIds.includes(actor.id)) return;
  throw new AppError('forbidden', msg('errors.lessons.onlySourceAuthors'));
}

/** Whether the member wrote one of these sources anonymously. */
export function isAnonymousAuthorOf(
  list: Pick<sources.SourceRow, 'author_id' | 'anonymous'>[],
  memberId: string,
) {
  return list.some((source) => source.anonymous && source.author_id === memberId);
}

async function fromThread(
  db: Db,
  actor: AccountMember,
  threadId: string,
  viaReply: string | null,
): Promise<ResolvedSource> {
  const thread = await sources.findThread(db, threadId);
  if (!thread || !(await holds(db, threadIdVisibleTo(sql`${threadId}::uuid`, actor)))) {
    throw notFound();
  }
  if (thread.hidden) throw new AppError('conflict', msg('errors.lessons.sourceHidden'));
  if (thread.off_record) throw offTheRecord();
  const base = {
    title: thread.title,
    tags: thread.tags,
    language: thread.language,
    cohortId: thread.cohort_id,
    programmeId: thread.programme_id,
  };
  if (thread.kind === 'success' || thread.kind === 'failure') {
    if (viaReply) throw notALessonSource();
    mayDraw(actor, [thread.author_id], thread.anonymous ? [thread.author_id] : []);
    const story = thread.story_source ?? {};
    return {
      title: thread.title,
      anonymousAuthorIds: thread.anonymous ? [thread.author_id] : [],
      rows: [{ threadId, authorId: thread.author_id }],
      prefill: {
        ...base,
        sections: {
          problem: story.context ?? '',
          tried: story.tried ?? '',
          evidence: story.happened ?? '',
          caveats: story.differently ?? '',
          useWhen: story.learned ?? '',
        },
      },
    };
  }
  if (thread.kind !== 'question' || !thread.accepted_reply_id) throw notALessonSource();
  // A solved question draws on its accepted answer too: they are one lesson's two sources.
  const answer = await sources.findReply(db, thread.accepted_reply_id);
  if (!answer || answer.deleted) throw notALessonSource();
  if (viaReply && viaReply !== answer.id) throw notALessonSource();
  if (answer.off_record) throw offTheRecord();
  // Both posts are the lesson's sources, whichever was named: either's anonymous author is refused.
  const anonymousAuthorIds = [
    ...(thread.anonymous ? [thread.author_id] : []),
    ...(answer.anonymous ? [answer.author_id] : []),
  ];
  mayDraw(
    actor,
    viaReply ? [answer.author_id] : [thread.author_id, answer.author_id],
    anonymousAuthorIds,
  );
  return {
    title: thread.title,
    anonymousAuthorIds,
    rows: [
      { threadId, authorId: thread.author_id },
      { threadId, replyId: answer.id, authorId: answer.author_id },
    ],
    prefill: {
      ...base,
      sections: { ...EMPTY, problem: thread.body_source, tried: answer.body_source },
    },
  };
}

async function fromMeetup(
  db: Db,
  actor: AccountMember,
  meetupId: string,
  agendaItemId: string | null,
): Promise<ResolvedSource> {
  const meetup = await sources.findMeetup(db, meetupId, actor.id);
  if (!meetup || !(await holds(db, meetupIdVisibleTo(sql`${meetupId}::uuid`, actor)))) {
    throw notFound();
  }
  const organisers = meetup.organises ? [actor.id] : [];
  const base = { tags: [], language: meetup.notes_language, cohortId: null, programmeId: null };
  if (agendaItemId) {
    const item = await sources.findAgendaItem(db, agendaItemId);
    if (!item || item.meetup_id !== meetupId) throw notFound();
    if (!item.accepted) throw new AppError('conflict', msg('errors.lessons.agendaNotAccepted'));
    mayDraw(actor, [item.author_id, ...organisers]);
    return {
      title: item.title,
      anonymousAuthorIds: [],
      rows: [{ meetupId, agendaItemId, authorId: item.author_id }],
      prefill: { ...base, title: item.title, sections: { ...EMPTY, tried: item.title } },
    };
  }
  if (!(await holds(db, meetupNotesVisibleTo(sql`${meetupId}::uuid`, actor)))) throw notFound();
  if (meetup.notes_source.trim() === '') {
    throw new AppError('conflict', msg('errors.lessons.notesEmpty'));
  }
  if (meetup.off_record) throw offTheRecord();
  mayDraw(actor, [meetup.author_id, ...organisers]);
  return {
    title: meetup.title,
    anonymousAuthorIds: [],
    rows: [{ meetupId, authorId: meetup.author_id }],
    prefill: { ...base, title: meetup.title, sections: { ...EMPTY, tried: meetup.notes_source } },
  };
}

/**
 * The source a member names, if they may draw a lesson from it: its author (or an organiser of
 * the meetup) or an organiser, on a solved question, a story, a meetup's notes or an accepted
 * agenda item they can see. Anything else is refused with the reason.
 */
export async function resolveSource(
  db: Db,
  actor: AccountMember,
  ref: LessonSourceRef,
): Promise<ResolvedSource> {
  if (ref.threadId) return fromThread(db, actor, ref.threadId, null);
  if (ref.replyId) {
    const reply = await sources.findReply(db, ref.replyId);
    if (!reply || !(await holds(db, replyIdVisibleTo(sql`${ref.replyId}::uuid`, actor)))) {
      throw notFound();
    }
    if (!reply.accepted) throw notALessonSource();
    return fromThread(db, actor, reply.thread_id, reply.id);
  }
  if (ref.meetupId) return fromMeetup(db, actor, ref.meetupId, null);
  if (ref.agendaItemId) {
    const item = await sources.findAgendaItem(db, ref.agendaItemId);
    if (!item) throw notFound();
    return fromMeetup(db, actor, item.meetup_id, item.id);
  }
  throw new AppError('invalid', msg('validation.lessons.oneSource'));
}

type AudienceSource = Pick<
  sources.SourceRow,
  'id' | 'audience' | 'widened' | 'thread_title' | 'meetup_title' | 'agenda_title'
>;

/** How a refusal names a source: the thread's, meetup's or agenda item's title. */
export function sourceTitle(source: AudienceSource) {
  return source.agenda_title ?? source.thread_title ?? source.meetup_title ?? '';
}

/** Whether a source keeps the lesson within some cohorts: cohort-only and not widened, or hidden. */
function restricts(source: AudienceSource): source is AudienceSource & { audience: string[] } {
  if (source.audience === null) return false;
  return source.audience.length === 0 || !source.widened;
}

/**
 * The widest audience the sources allow: null, the whole network; else the cohorts every
 * restricting source shares (possibly none), and the source that emptied it, if it is empty.
 */
export function allowedAudience(list: AudienceSource[]) {
  let allowed: string[] | null = null;
  let emptiedBy: AudienceSource | null = null;
  for (const source of list.filter(restricts)) {
    const next: string[] =
      allowed === null
        ? [...source.audience]
        : allowed.filter((id) => source.audience.includes(id));
    if (next.length === 0 && emptiedBy === null) emptiedBy = source;
    allowed = next;
  }
  return { allowed, emptiedBy };
}

/**
 * The first source that keeps a lesson from reaching `audience` (no cohort: the network), or
 * null when every source allows it.
 */
export function sourceNarrowerThan(list: AudienceSource[], audience: string[]) {
  return (
    list
      .filter(restricts)
      .find((source) =>
        audience.length === 0 ? true : audience.some((id) => !source.audience.includes(id)),
      ) ?? null
  );
}

/**
 * Keeps the lesson's audience within what its sources allow, after a change of sources or of
 * an answer: a wider audience narrows to the cohorts all of them share. When they share none,
 * no audience is narrow enough, so the lesson goes back to draft (its authors' and the
 * organisers' alone), where submitting and publishing refuse until the sources agree.
 */
export async function narrowAudience(tx: Db, lessonId: string) {
  const list = await sources.sourcesOf(tx, lessonId);
  const { allowed } = allowedAudience(list);
  if (allowed === null) return;
  if (allowed.length === 0) {
    const lesson = await repository.findOne(tx, lessonId);
    if (lesson && lesson.status !== 'draft') {
      await repository.moveStatus(tx, lessonId, lesson.status, 'draft');
      await repository.moveTranslations(tx, lessonId, 'draft');
      await lessonNarrowed(tx, lessonId);
    }
    return;
  }
  const current = ((await repository.audiencesOf(tx, [lessonId])).get(lessonId) ?? []).map(
    (cohort) => cohort.id,
  );
  if (sourceNarrowerThan(list, current) === null) return;
  const kept = current.filter((id) => allowed.includes(id));
  await repository.setAudience(tx, lessonId, kept.length > 0 ? kept : allowed);
  await lessonNarrowed(tx, lessonId);
}
