import type { LessonConsent } from '@praxis/contracts/lessons';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { lessonSources } from '@praxis/db/schema/lessons';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  agendaItemAsLessonSource,
  meetupAsLessonSource,
  meetupAudienceOf,
  meetupIdVisibleTo,
  meetupNotesVisibleTo,
} from '../meetups/meetups.visibility.ts';
import {
  replyAsLessonSource,
  replyIdVisibleTo,
  threadAsLessonSource,
  threadAudienceOf,
  threadIdVisibleTo,
} from '../threads/threads.visibility.ts';
import { lessonTitleFor } from './lessons.visibility.ts';

// The sources of lessons, and what a lesson reads of the threads and meetups it draws on:
// always through the fragments the threads and meetups modules export.

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export interface ThreadSourceRow {
  id: string;
  kind: string;
  title: string;
  author_id: string;
  cohort_id: string | null;
  programme_id: string | null;
  accepted_reply_id: string | null;
  language: string;
  tags: string[];
  body_source: string;
  story_source: Record<string, string> | null;
  hidden: boolean;
  off_record: boolean;
  anonymous: boolean;
}

export async function findThread(db: Db, threadId: string) {
  const [row] = await rows<ThreadSourceRow>(db, threadAsLessonSource(sql`${threadId}::uuid`));
  return row ?? null;
}

export interface ReplySourceRow {
  id: string;
  thread_id: string;
  author_id: string;
  body_source: string;
  deleted: boolean;
  accepted: boolean;
  /** The reply, or its thread, is off the record. */
  off_record: boolean;
  anonymous: boolean;
}

export async function findReply(db: Db, replyId: string) {
  const [row] = await rows<ReplySourceRow>(db, replyAsLessonSource(sql`${replyId}::uuid`));
  return row ?? null;
}

export interface MeetupSourceRow {
  id: string;
  title: string;
  author_id: string | null;
  notes_source: string;
  notes_language: string;
  status: string;
  starts_at: string | Date | null;
  /** The notes are off the record. */
  off_record: boolean;
  organises: boolean;
}

export async function findMeetup(db: Db, meetupId: string, memberId: string) {
  const [row] = await rows<MeetupSourceRow>(
    db,
    meetupAsLessonSource(sql`${meetupId}::uuid`, sql`${memberId}::uuid`),
  );
  return row ?? null;
}

export interface AgendaSourceRow {
  id: string;
  meetup_id: string;
  title: string;
  kind: string;
  author_id: string;
  accepted: boolean;
}

export async function findAgendaItem(db: Db, agendaItemId: string) {
  const [row] = await rows<AgendaSourceRow>(
    db,
    agendaItemAsLessonSource(sql`${agendaItemId}::uuid`),
  );
  return row ?? null;
}

/** Whether the viewer may see a source itself, by the threads' and meetups' own rules. */
function sourceVisibleTo(viewer: AccountMember): SQL {
  return sql`case
    when ls.reply_id is not null then ${replyIdVisibleTo(sql`ls.reply_id`, viewer)}
    when ls.thread_id is not null then ${threadIdVisibleTo(sql`ls.thread_id`, viewer)}
    when ls.agenda_item_id is not null then ${meetupIdVisibleTo(sql`ls.meetup_id`, viewer)}
    else ${meetupNotesVisibleTo(sql`ls.meetup_id`, viewer)} end`;
}

const SOURCE_COLUMNS = sql`ls.id, ls.lesson_id, ls.thread_id, ls.reply_id, ls.meetup_id,
  ls.agenda_item_id, ls.author_id, ls.consent, ls.widened, ls.asked_at, ls.answered_at,
  to_json(case when ls.thread_id is not null then ${threadAudienceOf(sql`ls.thread_id`)}
    else ${meetupAudienceOf(sql`ls.meetup_id`)} end) as audience,
  (select x.title from (${threadAsLessonSource(sql`ls.thread_id`)}) x) as thread_title,
  (select x.kind from (${threadAsLessonSource(sql`ls.thread_id`)}) x) as thread_kind,
  (select x.body_source from (${threadAsLessonSource(sql`ls.thread_id`)}) x) as thread_body,
  (select x.story_source from (${threadAsLessonSource(sql`ls.thread_id`)}) x) as thread_story,
  (select x.body_source from (${replyAsLessonSource(sql`ls.reply_id`)}) x) as reply_body,
  (select x.title from (${meetupAsLessonSource(sql`ls.meetup_id`, sql`null::uuid`)}) x) as meetup_title,
  (select x.notes_source from (${meetupAsLessonSource(sql`ls.meetup_id`, sql`null::uuid`)}) x) as meetup_notes,
  (select x.title from (${agendaItemAsLessonSource(sql`ls.agenda_item_id`)}) x) as agenda_title,
  coalesce(case
    when ls.reply_id is not null then (select x.off_record from (${replyAsLessonSource(sql`ls.reply_id`)}) x)
    when ls.thread_id is not null then (select x.off_record from (${threadAsLessonSource(sql`ls.thread_id`)}) x)
    when ls.agenda_item_id is null then (select x.off_record from (${meetupAsLessonSource(sql`ls.meetup_id`, sql`null::uuid`)}) x)
  end, false) as off_record,
  coalesce(case
    when ls.reply_id is not null then (select x.anonymous from (${replyAsLessonSource(sql`ls.reply_id`)}) x)
    when ls.thread_id is not null then (select x.anonymous from (${threadAsLessonSource(sql`ls.thread_id`)}) x)
  end, false) as anonymous`;

export interface SourceRow {
  id: string;
  lesson_id: string;
  thread_id: string | null;
  reply_id: string | null;
  meetup_id: string | null;
  agenda_item_id: string | null;
  author_id: string | null;
  consent: LessonConsent;
  widened: boolean;
  asked_at: string | Date | null;
  answered_at: string | Date | null;
  /** The cohorts that see the source; null, the whole network; empty, no one (hidden). */
  audience: string[] | null;
  thread_title: string | null;
  thread_kind: string | null;
  thread_body: string | null;
  thread_story: Record<string, string> | null;
  reply_body: string | null;
  meetup_title: string | null;
  meetup_notes: string | null;
  agenda_title: string | null;
  /** The post or notes it draws on are off the record now: no lesson may quote them. */
  off_record: boolean;
  /** The post was written anonymously: the lesson never names its author. */
  anonymous: boolean;
  visible?: boolean;
}

/** Every source of a lesson, oldest first, for the rules (no viewer: nothing is filtered). */
export async function sourcesOf(db: Db, lessonId: string): Promise<SourceRow[]> {
  return rows<SourceRow>(
    db,
    sql`select ${SOURCE_COLUMNS} from lesson_sources ls
        where ls.lesson_id = ${lessonId}::uuid order by ls.added_at, ls.reply_id is not null, ls.agenda_item_id is not null, ls.id`,
  );
}

/** Every source of a lesson, each saying whether the viewer may see that source itself. */
export async function sourcesFor(db: Db, lessonId: string, viewer: AccountMember) {
  return rows<SourceRow & { visible: boolean }>(
    db,
    sql`select ${SOURCE_COLUMNS}, ${sourceVisibleTo(viewer)} as visible from lesson_sources ls
        where ls.lesson_id = ${lessonId}::uuid order by ls.added_at, ls.reply_id is not null, ls.agenda_item_id is not null, ls.id`,
  );
}

export type NewSource = typeof lessonSources.$inferInsert;

export async function insertSources(tx: Db, sources: NewSource[]) {
  if (sources.length === 0) return;
  await tx.insert(lessonSources).values(sources);
}

export async function deleteSource(tx: Db, lessonId: string, sourceId: string) {
  const deleted = await tx
    .delete(lessonSources)
    .where(and(eq(lessonSources.lessonId, lessonId), eq(lessonSources.id, sourceId)))
    .returning({ id: lessonSources.id });
  return deleted.length > 0;
}

/** On submission: every source whose author is not an author of the lesson is asked. */
export async function askSourceAuthors(tx: Db, lessonId: string, now: Date) {
  return tx
    .update(lessonSources)
    .set({ consent: 'pending', askedAt: now, answeredAt: null })
    .where(
      and(
        eq(lessonSources.lessonId, lessonId),
        sql`${lessonSources.authorId} is not null
            and ${lessonSources.consent} in ('not_asked', 'pending')
            and not exists (select 1 from lesson_authors la where la.lesson_id = ${lessonId}::uuid
                            and la.member_id = ${lessonSources.authorId})`,
      ),
    )
    .returning({ id: lessonSources.id, authorId: lessonSources.authorId });
}

export async function answer(
  tx: Db,
  sourceId: string,
  values: { consent: LessonConsent; widened: boolean; answeredAt: Date },
) {
  await tx.update(lessonSources).set(values).where(eq(lessonSources.id, sourceId));
}

/** Sources of a lesson still waiting for their author's answer. */
export async function pendingCount(db: Db, lessonId: string) {
  const [row] = await rows<{ count: number }>(
    db,
    sql`select count(*)::int as count from lesson_sources
        where lesson_id = ${lessonId}::uuid and consent = 'pending'`,
  );
  return Number(row?.count ?? 0);
}

/** The sources the member was asked about, newest question first, with the lesson's title if they may see it. */
export async function reviewsOf(
  db: Db,
  viewer: AccountMember,
  options: {
    pending: boolean;
    after: { at: Date; id: string } | null;
    limit: number;
    sourceId?: string;
  },
) {
  const after = options.after
    ? sql`and (coalesce(ls.asked_at, ls.added_at), ls.id) < (${options.after.at.toISOString()}::timestamptz, ${options.after.id}::uuid)`
    : sql``;
  return rows<
    SourceRow & {
      visible: boolean;
      lesson_title: string | null;
      lesson_status: string;
      position_at: string | Date;
    }
  >(
    db,
    sql`select ${SOURCE_COLUMNS}, ${sourceVisibleTo(viewer)} as visible,
          ${lessonTitleFor(sql`ls.lesson_id`, viewer)} as lesson_title,
          (select l.status from lessons l where l.id = ls.lesson_id) as lesson_status,
          coalesce(ls.asked_at, ls.added_at) as position_at
        from lesson_sources ls
        where ls.author_id = ${viewer.id}::uuid
          and (ls.consent <> 'not_asked' or ${options.sourceId ? sql`true` : sql`false`})
          ${options.pending ? sql`and ls.consent = 'pending'` : sql``} ${after}
          ${options.sourceId ? sql`and ls.id = ${options.sourceId}::uuid` : sql``}
        order by coalesce(ls.asked_at, ls.added_at) desc, ls.id desc limit ${options.limit + 1}`,
  );
}
