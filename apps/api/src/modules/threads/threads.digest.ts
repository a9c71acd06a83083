import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { threadReaders, threads } from '@praxis/db/schema/threads';
import {
  and,
  arrayOverlaps,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  lte,
  ne,
  notExists,
  type SQL,
  sql,
} from 'drizzle-orm';
import { cohortNameOf } from '../cohorts/cohorts.visibility.ts';
import { threadVisibleTo } from './threads.visibility.ts';

// What the weekly digest reads of the threads module: threads started in a window that the
// reader may see and has never opened.

/** The start of a digest item's text: enough to tell what a thread is about. */
const EXCERPT_CHARS = 600;

export interface DigestThreads {
  /** How many match, of which `threads` are the newest (at most the limit asked for). */
  total: number;
  threads: {
    id: string;
    kind: 'question' | 'success' | 'failure' | 'discussion' | 'announcement';
    title: string;
    tags: string[];
    /** Empty for an anonymous thread: the digest names its author as the thread does. */
    authorName: string;
    anonymous: boolean;
    /** The cohort an anonymous author wrote as a member of; null: of the network. */
    anonymousCohortName: string | null;
    cohortName: string | null;
    /**
     * Markdown source: a story's lesson (else its context), any other thread's body; empty when
     * the thread is off the record, whose words never leave Praxis.
     */
    excerpt: string;
    offRecord: boolean;
  }[];
}

/**
 * Threads started after `since` and up to `until` that `reader` may see, by someone else, that
 * they have not opened, newest first. Hidden threads stay out even for the organisers who may
 * open them: a digest tells of what the network reads, not of what was taken down.
 */
async function unopenedThreads(
  db: Db,
  reader: AccountMember,
  window: { since: Date; until: Date },
  limit: number,
  ...conditions: (SQL | undefined)[]
): Promise<DigestThreads> {
  const opened = db
    .select({ threadId: threadReaders.threadId })
    .from(threadReaders)
    .where(
      and(
        eq(threadReaders.threadId, threads.id),
        eq(threadReaders.memberId, reader.id),
        sql`${threadReaders.lastReadAt} is not null`,
      ),
    );
  const rows = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      title: threads.title,
      tags: threads.tags,
      authorName: sql<string>`case when ${threads.anonymous} then '' else ${members.name} end`,
      anonymous: threads.anonymous,
      anonymousCohortName: cohortNameOf(sql`${threads.anonymousCohortId}`),
      cohortName: cohortNameOf(sql`${threads.cohortId}`),
      offRecord: threads.offRecord,
      excerpt: sql<string>`left(case when ${threads.offRecord} then ''
        when ${threads.kind} in ('success', 'failure')
        then coalesce(nullif(${threads.storySource}->>'learned', ''), ${threads.storySource}->>'context', '')
        else ${threads.bodySource} end, ${EXCERPT_CHARS})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(threads)
    .innerJoin(members, eq(members.id, threads.authorId))
    .where(
      and(
        threadVisibleTo(reader),
        isNull(threads.hiddenAt),
        ne(threads.authorId, reader.id),
        gt(threads.createdAt, window.since),
        lte(threads.createdAt, window.until),
        notExists(opened),
        ...conditions,
      ),
    )
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(limit);
  return { total: rows[0]?.total ?? 0, threads: rows.map(({ total: _, ...thread }) => thread) };
}

/** New success and failure stories the reader has not opened. */
export function unopenedStories(
  db: Db,
  reader: AccountMember,
  window: { since: Date; until: Date },
  limit: number,
): Promise<DigestThreads> {
  return unopenedThreads(db, reader, window, limit, inArray(threads.kind, ['success', 'failure']));
}

/**
 * New questions on one of `topics` that nobody has answered yet (no reply, as the threads list's
 * "unanswered" view has it) and that are still open to answers (not locked), the reader has not
 * opened.
 */
export async function unansweredQuestionsOn(
  db: Db,
  reader: AccountMember,
  topics: string[],
  window: { since: Date; until: Date },
  limit: number,
): Promise<DigestThreads> {
  if (topics.length === 0) return { total: 0, threads: [] };
  return unopenedThreads(
    db,
    reader,
    window,
    limit,
    and(
      eq(threads.kind, 'question'),
      eq(threads.replyCount, 0),
      isNull(threads.acceptedReplyId),
      isNull(threads.lockedAt),
      arrayOverlaps(threads.tags, topics),
    ),
  );
}
