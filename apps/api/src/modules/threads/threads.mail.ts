import { STORY_SECTIONS } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { replies, threads } from '@praxis/db/schema/threads';
import { inArray } from 'drizzle-orm';
import { markdownToText } from '../../markdown.ts';

// What mails about threads show: titles, who started a thread (a reply to one's own thread is
// mailed by its own choice), whether it is locked (no answering a locked thread by e-mail), and
// the words of posts. Callers have checked that the member may see the thread.

export interface ThreadForMail {
  id: string;
  title: string;
  authorId: string;
  locked: boolean;
}

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
 * taken out, as a mail's text part needs. A deleted reply has none.
 */
export async function postTexts(
  db: Db,
  posts: { threadId: string; replyId: string | null }[],
): Promise<Map<string, string>> {
  const replyIds = [...new Set(posts.flatMap((post) => (post.replyId ? [post.replyId] : [])))];
  const threadIds = [...new Set(posts.flatMap((post) => (post.replyId ? [] : [post.threadId])))];
  const texts = new Map<string, string>();
  if (replyIds.length > 0) {
    const rows = await db
      .select({ id: replies.id, bodySource: replies.bodySource, deletedAt: replies.deletedAt })
      .from(replies)
      .where(inArray(replies.id, replyIds));
    for (const row of rows) {
      if (!row.deletedAt) texts.set(row.id, markdownToText(row.bodySource));
    }
  }
  if (threadIds.length > 0) {
    const rows = await db
      .select({ id: threads.id, bodySource: threads.bodySource, storySource: threads.storySource })
      .from(threads)
      .where(inArray(threads.id, threadIds));
    for (const row of rows) {
      const { storySource } = row;
      const source = storySource
        ? STORY_SECTIONS.map(({ key }) => storySource[key] ?? '')
            .filter((section) => section.trim() !== '')
            .join('\n\n')
        : row.bodySource;
      texts.set(row.id, markdownToText(source));
    }
  }
  return texts;
}
