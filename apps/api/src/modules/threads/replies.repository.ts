import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { helpfulMarks, replies, threads } from '@praxis/db/schema/threads';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';
import type { Position } from '../../pagination.ts';
import { cohortNameOf } from '../cohorts/cohorts.visibility.ts';

const repliedTo = alias(replies, 'replied_to');
const repliedToAuthor = alias(members, 'replied_to_author');

/** Replies with the name of whoever each one answers. */
function replyRows(db: Db) {
  return db
    .select({
      id: replies.id,
      threadId: replies.threadId,
      authorId: replies.authorId,
      replyToId: replies.replyToId,
      // A deleted account's name is not shown, even before it is erased.
      replyToAuthorName: sql<
        string | null
      >`case when ${repliedToAuthor.deletedAt} is null then ${repliedToAuthor.name} else '' end`,
      replyToAuthorId: repliedTo.authorId,
      replyToAnonymous: repliedTo.anonymous,
      bodySource: replies.bodySource,
      bodyHtml: replies.bodyHtml,
      language: replies.language,
      editedAt: replies.editedAt,
      deletedAt: replies.deletedAt,
      offRecord: replies.offRecord,
      anonymous: replies.anonymous,
      anonymousCohortId: replies.anonymousCohortId,
      anonymousCohortName: cohortNameOf(sql`${replies.anonymousCohortId}`),
      createdAt: replies.createdAt,
    })
    .from(replies)
    .leftJoin(repliedTo, eq(repliedTo.id, replies.replyToId))
    .leftJoin(repliedToAuthor, eq(repliedToAuthor.id, repliedTo.authorId))
    .$dynamic();
}

export async function findPage(db: Db, threadId: string, after: Position | null, limit: number) {
  // Prepared once per variant (a first page, a later one): the thread page reads it every time.
  const statement = prepared(db, after ? 'reply_page_after' : 'reply_page', (name) =>
    replyRows(db)
      .where(
        and(
          eq(replies.threadId, sql.placeholder('threadId')),
          after
            ? sql`(${replies.createdAt}, ${replies.id}) > (${sql.placeholder('afterAt')}::timestamptz, ${sql.placeholder('afterId')}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(replies.createdAt), asc(replies.id))
      .limit(sql.placeholder('limit'))
      .prepare(name),
  );
  return statement.execute({
    threadId,
    limit: limit + 1,
    ...(after ? { afterAt: after.createdAt.toISOString(), afterId: after.id } : {}),
  });
}

export type ReplyRow = Awaited<ReturnType<typeof findPage>>[number];

export async function findOne(db: Db, threadId: string, replyId: string) {
  const [row] = await replyRows(db).where(
    and(eq(replies.threadId, threadId), eq(replies.id, replyId)),
  );
  return row;
}

export async function insert(db: Db, values: typeof replies.$inferInsert) {
  const [row] = await db.insert(replies).values(values).returning({ id: replies.id });
  if (!row) throw new Error('reply insert returned no row');
  await db
    .update(threads)
    .set({ replyCount: sql`${threads.replyCount} + 1`, lastActivityAt: sql`now()` })
    .where(eq(threads.id, values.threadId));
  return row.id;
}

/** Edits a reply unless it was deleted meanwhile; false then. */
export async function update(
  db: Db,
  replyId: string,
  text: Pick<typeof replies.$inferInsert, 'bodySource' | 'bodyHtml' | 'language' | 'offRecord'>,
) {
  const rows = await db
    .update(replies)
    .set({ ...text, editedAt: sql`now()` })
    .where(and(eq(replies.id, replyId), isNull(replies.deletedAt)))
    .returning({ id: replies.id });
  return rows.length > 0;
}

/**
 * Blanks the reply's text but keeps its place, and takes it and its helpful marks out of the
 * thread's counts and its answer; false when it was already deleted (a second, racing delete
 * changes nothing).
 */
export async function softDelete(db: Db, threadId: string, replyId: string) {
  const [deleted] = await db
    .update(replies)
    .set({ bodySource: '', bodyHtml: '', deletedAt: sql`now()` })
    .where(and(eq(replies.id, replyId), eq(replies.threadId, threadId), isNull(replies.deletedAt)))
    .returning({ helpfulCount: replies.helpfulCount });
  if (!deleted) return false;
  await db
    .update(threads)
    .set({
      replyCount: sql`greatest(${threads.replyCount} - 1, 0)`,
      helpfulCount: sql`greatest(${threads.helpfulCount} - ${deleted.helpfulCount}, 0)`,
      acceptedReplyId: sql`nullif(${threads.acceptedReplyId}, ${replyId}::uuid)`,
    })
    .where(eq(threads.id, threadId));
  return true;
}

/**
 * Marks or unmarks a post helpful and keeps the counters in step; returns false when nothing
 * changed (already marked, or not marked), so a double click counts once.
 */
export async function setHelpful(
  db: Db,
  mark: { threadId: string; replyId: string | null; memberId: string },
  helpful: boolean,
): Promise<boolean> {
  const changed = helpful
    ? await db.insert(helpfulMarks).values(mark).onConflictDoNothing().returning({
        memberId: helpfulMarks.memberId,
      })
    : await db
        .delete(helpfulMarks)
        .where(
          and(
            eq(helpfulMarks.threadId, mark.threadId),
            mark.replyId ? eq(helpfulMarks.replyId, mark.replyId) : isNull(helpfulMarks.replyId),
            eq(helpfulMarks.memberId, mark.memberId),
          ),
        )
        .returning({ memberId: helpfulMarks.memberId });
  if (changed.length === 0) return false;
  const step = helpful ? 1 : -1;
  await db
    .update(threads)
    .set({ helpfulCount: sql`${threads.helpfulCount} + ${step}` })
    .where(eq(threads.id, mark.threadId));
  if (mark.replyId) {
    await db
      .update(replies)
      .set({ helpfulCount: sql`${replies.helpfulCount} + ${step}` })
      .where(eq(replies.id, mark.replyId));
  }
  return true;
}

/** Who marked the opening post (reply id null) and the given replies helpful, newest first. */
export async function helpfulMarksOn(db: Db, threadId: string, replyIds: (string | null)[]) {
  const ids = replyIds.filter((id): id is string => id !== null);
  const opening = replyIds.includes(null);
  const some = ids.length > 0;
  // One prepared statement per shape: the opening post's marks, the replies', or both.
  const variant = `${opening ? '_post' : ''}${some ? '_replies' : ''}`;
  const statement = prepared(db, `helpful_marks${variant}`, (name) =>
    db
      .select({ replyId: helpfulMarks.replyId, memberId: members.id, name: members.name })
      .from(helpfulMarks)
      .innerJoin(members, eq(members.id, helpfulMarks.memberId))
      .where(
        and(
          eq(helpfulMarks.threadId, sql.placeholder('threadId')),
          isNull(members.deletedAt),
          or(
            opening ? isNull(helpfulMarks.replyId) : undefined,
            some ? sql`${helpfulMarks.replyId} = any(${uuidArray('replyIds')})` : undefined,
          ),
        ),
      )
      .orderBy(desc(helpfulMarks.createdAt))
      .prepare(name),
  );
  return statement.execute({ threadId, ...(some ? { replyIds: uuidArrayValue(ids) } : {}) });
}

/** Signs an anonymous reply with its author's name. */
export async function nameAuthor(db: Db, replyId: string) {
  await db
    .update(replies)
    .set({ anonymous: false, anonymousCohortId: null })
    .where(eq(replies.id, replyId));
}
