import { STORY_SECTIONS } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { replies, threads } from '@praxis/db/schema/threads';
import { eq, inArray, sql } from 'drizzle-orm';
import { markdownToText } from '../../markdown.ts';

// What mails about threads show: titles, who started a thread (a reply to one's own thread is
// mailed by its own choice), whether it is locked (no answering a locked thread by e-mail), and
// the words of posts. Callers have checked that the member may see the thread. An off-the-record
// post's words never leave Praxis: a mail says it is off the record and links to it.

export interface ThreadForMail {
  id: string;
  title: string;
  authorId: string;
  locked: boolean;
}

/** A post's text for a mail; none when it is off the record, or its thread is. */
export type PostForMail = { offRecord: false; text: string } | { offRecord: true };

export async function threadsForMail(db: Db, ids: string[]): Promise<Map<string, ThreadForMail>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: threads.id,
      title: threads.title,
      authorId: threads.authorId,
      lockedAt: threads.lockedAt,
    })
    .from(threads)
    .where(inArray(threads.id, unique));
  return new Map(
    rows.map(({ lockedAt, ...row }) => [row.id, { ...row, locked: lockedAt !== null }]),
  );
}

/**
 * The plain text of posts, by reply id, or by thread id for opening posts: Markdown's marks
 * taken out, as a mail's text part needs. A deleted reply has none; an off-the-record one (or one
 * in an off-the-record thread) says only that it is.
 */
export async function postTexts(
  db: Db,
  posts: { threadId: string; replyId: string | null }[],
): Promise<Map<string, PostForMail>> {
  const replyIds = [...new Set(posts.flatMap((post) => (post.replyId ? [post.replyId] : [])))];
  const threadIds = [...new Set(posts.flatMap((post) => (post.replyId ? [] : [post.threadId])))];
  const texts = new Map<string, PostForMail>();
  if (replyIds.length > 0) {
    const rows = await db
      .select({
        id: replies.id,
        bodySource: replies.bodySource,
        deletedAt: replies.deletedAt,
        offRecord: sql<boolean>`${replies.offRecord} or ${threads.offRecord}`,
      })
      .from(replies)
      .innerJoin(threads, eq(threads.id, replies.threadId))
      .where(inArray(replies.id, replyIds));
    for (const row of rows) {
      if (row.deletedAt) continue;
      texts.set(
        row.id,
        row.offRecord
          ? { offRecord: true }
          : { offRecord: false, text: markdownToText(row.bodySource) },
      );
    }
  }
  if (threadIds.length > 0) {
    const rows = await db
      .select({
        id: threads.id,
        bodySource: threads.bodySource,
        storySource: threads.storySource,
        offRecord: threads.offRecord,
      })
      .from(threads)
      .where(inArray(threads.id, threadIds));
    for (const row of rows) {
      if (row.offRecord) {
        texts.set(row.id, { offRecord: true });
        continue;
      }
      const { storySource } = row;
      const source = storySource
        ? STORY_SECTIONS.map(({ key }) => storySource[key] ?? '')
            .filter((section) => section.trim() !== '')
            .join('\n\n')
        : row.bodySource;
      texts.set(row.id, { offRecord: false, text: markdownToText(source) });
    }
  }
  return texts;
}
