import { randomUUID } from 'node:crypto';
import { NewThreadBody, ReplyBody } from '@praxis/contracts/threads';
import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { notifications } from '../schema/notifications.ts';
import {
  helpfulMarks,
  replies,
  type StorySections,
  threadReaders,
  threads,
} from '../schema/threads.ts';
import { asHistory } from './demo-history.ts';
import type { DemoAccount, DemoThread } from './demo-threads-content.ts';
import { EVERY_DEMO_THREAD, inTheirLanguages } from './demo-threads-languages.ts';
import { asPrivateAsWritten } from './demo-threads-private.ts';

/**
 * The API's Markdown renderer; `mentions` maps lower-cased handles to members' handles, so that
 * `@handle` becomes a link to that member.
 */
export type CookMarkdown = (source: string, mentions?: ReadonlyMap<string, string>) => string;

export interface DemoThreadsContext {
  /** Every seeded account, with the cohorts it belongs to. */
  members: { id: string; email: string; handle: string; cohortIds: string[] }[];
  cohorts: { id: string; name: string }[];
  cookMarkdown: CookMarkdown;
  /** Thread times count back from here, so the demo always looks recently active. */
  now: Date;
}

type ThreadRow = typeof threads.$inferInsert;
type ReplyRow = typeof replies.$inferInsert;
type HelpfulMarkRow = typeof helpfulMarks.$inferInsert;
type ReaderRow = typeof threadReaders.$inferInsert & { lastReadAt: Date };
type NotificationRow = typeof notifications.$inferInsert & { threadId: string; createdAt: Date };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The demo network's threads, replies, helpful marks, readers and the notifications of replies
 * and accepted answers. Every count and time on a thread is derived from the rows inserted beside
 * it, as the threads module would keep them. Returns each thread's id by its title.
 */
export async function seedDemoThreads(
  tx: Db,
  context: DemoThreadsContext,
): Promise<Map<string, string>> {
  const rows = asPrivateAsWritten(inTheirLanguages(buildRows(context)), context.cohorts);
  await tx.insert(threads).values(rows.threads);
  await tx.insert(replies).values(rows.replies);
  // A thread and its accepted reply point at each other, so the answer is set once both exist.
  for (const { threadId, replyId } of rows.accepted) {
    await tx.update(threads).set({ acceptedReplyId: replyId }).where(eq(threads.id, threadId));
  }
  await tx.insert(helpfulMarks).values(rows.helpfulMarks);
  await tx.insert(threadReaders).values(rows.readers);
  await tx.insert(notifications).values(rows.notifications.map(asHistory));
  const threadIds = new Map<string, string>();
  for (const thread of rows.threads) {
    if (!thread.id) throw new Error(`the demo thread "${thread.title}" has no id`);
    if (threadIds.has(thread.title)) throw new Error(`two demo threads are "${thread.title}"`);
    threadIds.set(thread.title, thread.id);
  }
  return threadIds;
}

interface Rows {
  threads: ThreadRow[];
  replies: ReplyRow[];
  helpfulMarks: HelpfulMarkRow[];
  accepted: { threadId: string; replyId: string }[];
  readers: Map<string, ReaderRow>;
  notifications: NotificationRow[];
}

interface Lookups {
  accountOf: (account: DemoAccount) => DemoThreadsContext['members'][number];
  handles: ReadonlyMap<string, string>;
  cook: (source: string) => string;
}

function buildRows(context: DemoThreadsContext) {
  const handles = new Map(context.members.map(({ handle }) => [handle.toLowerCase(), handle]));
  const lookups: Lookups = {
    accountOf: accountLookup(context),
    handles,
    cook: (source) => context.cookMarkdown(source, handles),
  };
  const rows: Rows = {
    threads: [],
    replies: [],
    helpfulMarks: [],
    accepted: [],
    readers: new Map(),
    notifications: [],
  };
  for (const thread of EVERY_DEMO_THREAD) addThread(rows, thread, lookups, context);
  // What a member was notified of is read if they read the thread after it happened.
  const notified = rows.notifications.map((notification) => {
    const reader = rows.readers.get(`${notification.threadId}:${notification.memberId}`);
    const seen = reader && reader.lastReadAt >= notification.createdAt;
    return { ...notification, readAt: seen ? reader.lastReadAt : null };
  });
  return { ...rows, readers: [...rows.readers.values()], notifications: notified };
}

function addThread(rows: Rows, thread: DemoThread, lookups: Lookups, context: DemoThreadsContext) {
  const { accountOf, handles, cook } = lookups;
  const threadId = randomUUID();
  const author = accountOf(thread.author);
  const cohortId = cohortIdOf(thread, context);
  // The rules a member's post passes in the API, so the demo never shows what nobody could write.
  const input = NewThreadBody.parse({
    kind: thread.kind,
    title: thread.title,
    body: thread.body,
    story: thread.story,
    tags: thread.tags,
    cohortId,
  });
  assertMentionsExist(input.body, handles);
  const createdAt = new Date(context.now.getTime() - thread.daysAgo * DAY);

  const participant = (account: DemoAccount) => {
    const member = accountOf(account);
    if (cohortId && !member.cohortIds.includes(cohortId)) {
      throw new Error(`${account} cannot see the cohort thread "${thread.title}"`);
    }
    return member;
  };
  const read = (memberId: string, at: Date, following: boolean) =>
    markRead(rows.readers, { threadId, memberId, at, following });
  // Marks come in a few hours apart after the post, and never later than now.
  const markHelpful = (
    marks: DemoAccount[] = [],
    post: { replyId: string | null; authorId: string; at: Date },
  ) => {
    marks.forEach((account, index) => {
      const member = participant(account);
      if (member.id === post.authorId) throw new Error(`${account} marks their own post helpful`);
      const at = new Date(
        Math.min(post.at.getTime() + (index + 1) * 3 * HOUR, context.now.getTime() - HOUR),
      );
      rows.helpfulMarks.push({
        threadId,
        replyId: post.replyId,
        memberId: member.id,
        createdAt: at,
      });
      read(member.id, at, false);
    });
    return marks.length;
  };

  read(author.id, createdAt, true);
  let helpfulCount = markHelpful(thread.helpful, {
    replyId: null,
    authorId: author.id,
    at: createdAt,
  });
  const replyIds = new Map<string, string>();
  let lastActivityAt = createdAt;
  for (const reply of thread.replies ?? []) {
    const replyId = randomUUID();
    if (reply.key) replyIds.set(reply.key, replyId);
    const replier = participant(reply.author);
    const body = ReplyBody.parse({ body: reply.body }).body;
    assertMentionsExist(body, handles);
    const replyAt = new Date(createdAt.getTime() + reply.afterHours * HOUR);
    if (replyAt >= context.now) throw new Error(`a reply to "${thread.title}" is in the future`);
    const marks = markHelpful(reply.helpful, { replyId, authorId: replier.id, at: replyAt });
    rows.replies.push({
      id: replyId,
      threadId,
      authorId: replier.id,
      replyToId: reply.replyTo ? keyedReply(replyIds, reply.replyTo, thread) : null,
      bodySource: body,
      bodyHtml: cook(body),
      helpfulCount: marks,
      createdAt: replyAt,
    });
    // Everyone following so far hears of the reply, as the threads module would tell them.
    for (const reader of rows.readers.values()) {
      if (reader.threadId !== threadId || !reader.following || reader.memberId === replier.id) {
        continue;
      }
      rows.notifications.push({
        memberId: reader.memberId,
        kind: 'reply',
        actorId: replier.id,
        threadId,
        replyId,
        createdAt: replyAt,
      });
    }
    read(replier.id, replyAt, true);
    helpfulCount += marks;
    if (replyAt > lastActivityAt) lastActivityAt = replyAt;
  }
  if (thread.accepted) {
    const replyId = keyedReply(replyIds, thread.accepted, thread);
    rows.accepted.push({ threadId, replyId });
    const answer = rows.replies.find((row) => row.id === replyId);
    if (answer && answer.authorId !== author.id) {
      rows.notifications.push({
        memberId: answer.authorId,
        kind: 'accepted_answer',
        actorId: author.id,
        threadId,
        replyId,
        createdAt: lastActivityAt,
      });
    }
  }

  rows.threads.push({
    id: threadId,
    kind: input.kind,
    title: input.title,
    authorId: author.id,
    cohortId: input.cohortId,
    tags: input.tags,
    bodySource: input.body,
    bodyHtml: cook(input.body),
    storySource: input.story ?? null,
    storyHtml: input.story ? cookStory(input.story, cook) : null,
    replyCount: thread.replies?.length ?? 0,
    helpfulCount,
    pinnedAt: thread.pinned ? createdAt : null,
    lastActivityAt,
    createdAt,
  });
}

/**
 * Authors and repliers follow their threads; a member who only marked a post helpful has read
 * the thread but not chosen whether to follow it. Each has read up to their latest act.
 */
function markRead(
  readers: Map<string, ReaderRow>,
  {
    threadId,
    memberId,
    at,
    following,
  }: { threadId: string; memberId: string; at: Date; following: boolean },
) {
  const known = readers.get(`${threadId}:${memberId}`);
  readers.set(`${threadId}:${memberId}`, {
    threadId,
    memberId,
    following: known?.following || following ? true : null,
    lastReadAt: known && known.lastReadAt > at ? known.lastReadAt : at,
  });
}

function accountLookup(context: DemoThreadsContext) {
  const byEmail = new Map(context.members.map((member) => [member.email, member]));
  return (account: DemoAccount) => {
    const member = byEmail.get(`${account}@praxis.example`);
    if (!member) throw new Error(`the demo threads name ${account}, who is not seeded`);
    return member;
  };
}

function cohortIdOf(thread: DemoThread, context: DemoThreadsContext): string | null {
  if (!thread.cohort) return null;
  const cohort = context.cohorts.find((candidate) => candidate.name === thread.cohort);
  if (!cohort) throw new Error(`the demo thread "${thread.title}" names an unknown cohort`);
  return cohort.id;
}

function keyedReply(replyIds: Map<string, string>, key: string, thread: DemoThread): string {
  const replyId = replyIds.get(key);
  if (!replyId) throw new Error(`"${thread.title}" refers to reply "${key}" before it is written`);
  return replyId;
}

// Handles come from the seeded names, so a renamed demo member must not leave a dangling mention.
function assertMentionsExist(source: string, handles: ReadonlyMap<string, string>) {
  for (const [, handle = ''] of source.matchAll(/(?<![\w@])@([a-z0-9-]+)/g)) {
    if (!handles.has(handle)) {
      throw new Error(`the demo threads mention @${handle}, who is not seeded`);
    }
  }
}

function cookStory(story: StorySections, cook: (source: string) => string): StorySections {
  return {
    context: cook(story.context),
    tried: cook(story.tried),
    happened: cook(story.happened),
    learned: cook(story.learned),
    differently: cook(story.differently),
  };
}
