import type { Db } from '@praxis/db/client';
import { flags, helpfulMarks, replies, threadReaders, threads } from '@praxis/db/schema/threads';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { exportRow, type MemberDataArea, rowsNaming } from '../../plugins/member-data.ts';
import { deleteFilesOf } from '../attachments/attachments.service.ts';
import { softDelete } from './replies.repository.ts';

/**
 * Takes the member's posts down: each reply leaves the "deleted" placeholder; a thread nobody
 * else replied to goes, one others replied to keeps their replies and loses its body, story and
 * files (its title stays: the replies answer it).
 */
async function erasePosts(tx: Db, memberId: string) {
  const own = await tx
    .select({ id: replies.id, threadId: replies.threadId })
    .from(replies)
    .where(and(eq(replies.authorId, memberId), isNull(replies.deletedAt)));
  for (const reply of own) {
    await softDelete(tx, reply.threadId, reply.id);
    await deleteFilesOf(tx, { kind: 'reply', id: reply.id });
  }
  const started = await tx
    .select({
      id: threads.id,
      // Spelled out: in a one-table select drizzle leaves columns unqualified, and the
      // subquery's own thread_id would shadow the thread's.
      othersReplied: sql<boolean>`exists (select 1 from replies r where r.thread_id = threads.id and r.author_id <> ${memberId}::uuid)`,
    })
    .from(threads)
    .where(eq(threads.authorId, memberId));
  for (const thread of started) {
    await deleteFilesOf(tx, { kind: 'thread', id: thread.id });
    if (thread.othersReplied) {
      await tx
        .update(threads)
        .set({ bodySource: '', bodyHtml: '', storySource: null, storyHtml: null, tags: [] })
        .where(eq(threads.id, thread.id));
    } else {
      await tx.delete(threads).where(eq(threads.id, thread.id));
    }
  }
}

/**
 * The flags the member resolved for others: which, and when; what the flagger said and who they
 * were are not the member's (their own flags, reasons and all, are exported as raised).
 */
async function resolvedBy(db: Db, memberId: string) {
  const rows = await db
    .select({ id: flags.id, resolvedById: flags.resolvedById, resolvedAt: flags.resolvedAt })
    .from(flags)
    .where(and(eq(flags.resolvedById, memberId), ne(flags.memberId, memberId)));
  return rows.map(exportRow);
}

/**
 * Threads, replies, helpful marks, read state and flags. Kept posts keep naming the erased
 * account, which shows as a former member.
 */
export const threadsMemberData: MemberDataArea = {
  name: 'threads',
  columns: [
    'threads.author_id',
    'replies.author_id',
    'helpful_marks.member_id',
    'thread_readers.member_id',
    'flags.member_id',
    'flags.resolved_by_id',
  ],
  keeps: ['threads.author_id', 'replies.author_id'],
  async export(db, memberId) {
    const tables = await rowsNaming(db, memberId, [
      [threads, threads.authorId],
      [replies, replies.authorId],
      [helpfulMarks, helpfulMarks.memberId],
      [threadReaders, threadReaders.memberId],
      [flags, flags.memberId],
    ]);
    tables.flags = [...(tables.flags ?? []), ...(await resolvedBy(db, memberId))];
    return { tables };
  },
  async withdraw(tx, memberId, mode) {
    if (mode === 'erase_posts') await erasePosts(tx, memberId);
  },
  async erase(tx, memberId, mode) {
    if (mode === 'erase_posts') await erasePosts(tx, memberId);
    // Their helpful marks go, and with them what they added to the counts.
    const marks = await tx
      .delete(helpfulMarks)
      .where(eq(helpfulMarks.memberId, memberId))
      .returning({ threadId: helpfulMarks.threadId, replyId: helpfulMarks.replyId });
    for (const mark of marks) {
      if (mark.replyId) {
        await tx
          .update(replies)
          .set({ helpfulCount: sql`greatest(${replies.helpfulCount} - 1, 0)` })
          .where(eq(replies.id, mark.replyId));
      }
      await tx
        .update(threads)
        .set({ helpfulCount: sql`greatest(${threads.helpfulCount} - 1, 0)` })
        .where(eq(threads.id, mark.threadId));
    }
    await tx.delete(threadReaders).where(eq(threadReaders.memberId, memberId));
    await tx.delete(flags).where(eq(flags.memberId, memberId));
    await tx
      .update(flags)
      .set({ resolvedById: null })
      .where(and(eq(flags.resolvedById, memberId), ne(flags.memberId, memberId)));
  },
};
