import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { replies, threads } from '@praxis/db/schema/threads';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { threadAuthorShownTo, threadVisibleTo } from './threads.visibility.ts';

// What one member wrote that a profile shows, among the threads the viewer may see: the count
// comes from the same rows as the list (a window over them), so neither tells of other threads.

const total = sql<number>`count(*) over ()`.mapWith(Number);

/** Their success and failure stories, newest first, with how many there are in all. */
export async function storiesBy(db: Db, viewer: AccountMember, authorId: string, limit: number) {
  return db
    .select({
      id: threads.id,
      title: threads.title,
      kind: threads.kind,
      createdAt: threads.createdAt,
      total,
    })
    .from(threads)
    .where(
      and(
        eq(threads.authorId, authorId),
        inArray(threads.kind, ['success', 'failure']),
        threadVisibleTo(viewer),
        threadAuthorShownTo(sql`${threads.anonymous}`, sql`${threads.authorId}`, viewer.id),
      ),
    )
    .orderBy(desc(threads.createdAt), desc(threads.id))
    .limit(limit);
}

/** Their replies accepted as the answer to a question, newest first, with the count of all. */
export async function acceptedAnswersBy(
  db: Db,
  viewer: AccountMember,
  authorId: string,
  limit: number,
) {
  return db
    .select({
      threadId: threads.id,
      replyId: replies.id,
      threadTitle: threads.title,
      answeredAt: replies.createdAt,
      total,
    })
    .from(threads)
    .innerJoin(replies, eq(replies.id, threads.acceptedReplyId))
    .where(
      and(
        eq(replies.authorId, authorId),
        isNull(replies.deletedAt),
        threadVisibleTo(viewer),
        threadAuthorShownTo(sql`${replies.anonymous}`, sql`${replies.authorId}`, viewer.id),
      ),
    )
    .orderBy(desc(replies.createdAt), desc(replies.id))
    .limit(limit);
}
