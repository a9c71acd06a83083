import type { AccountMember } from '@praxis/contracts/members';
import type { ThreadUpdateInput } from '@praxis/contracts/threads';
import {
  type HelpfulState,
  isStory,
  STORY_SECTIONS,
  type StoryInput,
  type StoryText,
  type ThreadKind,
} from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sendBackLessonsDrawingOn } from '../lessons/lesson-off-record.service.ts';
import type { Mentions } from '../members/mentions.service.ts';
import { notifyOfMention } from '../notifications/mentions.service.ts';
import * as replies from './replies.repository.ts';
import * as repository from './threads.repository.ts';

// What opening posts and replies share: telling the members they mention, and who found them
// helpful.

/** How many names a helpful count lists; the count itself is exact. */
const HELPFUL_NAMES = 20;

/**
 * Tells mentioned members, among those who may see the thread, unless this post told them
 * already (an edit that mentions them again tells nobody twice); returns who was told. Callers
 * hold the thread's lock, so two edits at once cannot both tell someone.
 */
export async function notifyMentions(
  db: Db,
  post: {
    actorId: string;
    threadId: string;
    replyId?: string;
    /** An anonymous post's: the actor as the post names them. */
    detail?: Record<string, string>;
  },
  mentions: Mentions,
) {
  const maySee = await repository.membersWhoCanSee(db, post.threadId, mentions.memberIds);
  return notifyOfMention(db, post.actorId, maySee, {
    kind: 'mention',
    threadId: post.threadId,
    replyId: post.replyId ?? null,
    ...(post.detail && Object.keys(post.detail).length > 0 ? { detail: post.detail } : {}),
  });
}

/** Helpful counts, with names, per post: the key null is the thread's opening post. */
export async function helpfulStates(
  db: Db,
  viewer: AccountMember,
  threadId: string,
  replyIds: (string | null)[],
): Promise<Map<string | null, HelpfulState>> {
  const marks = await replies.helpfulMarksOn(db, threadId, replyIds);
  const states = new Map<string | null, HelpfulState>(
    replyIds.map((id) => [id, { count: 0, byMe: false, by: [] }]),
  );
  for (const mark of marks) {
    const state = states.get(mark.replyId);
    if (!state) continue;
    state.count += 1;
    if (mark.memberId === viewer.id) state.byMe = true;
    if (state.by.length < HELPFUL_NAMES) state.by.push(mark.name);
  }
  return states;
}

/** A story's sections, each cooked as Markdown. */
export function cookStory(story: StoryInput, mentions: ReadonlyMap<string, string>) {
  return Object.fromEntries(
    STORY_SECTIONS.map(({ key }) => [key, cookMarkdown(story[key], mentions)]),
  ) as StoryText;
}

/**
 * Refuses an edit its actor may not make, or that does not fit the thread's kind. Only the author
 * edits the words; an organiser may also put a thread off the record, and no more: taking it
 * back on the record, where lessons may quote it, is its author's choice alone.
 */
export function checkThreadEdit(
  actor: AccountMember,
  thread: { authorId: string; kind: ThreadKind },
  input: ThreadUpdateInput,
) {
  const onlyOffRecord = Object.entries(input).every(
    ([field, value]) => field === 'offRecord' || value === undefined,
  );
  if (thread.authorId !== actor.id && !(onlyOffRecord && isOrganiser(actor))) {
    throw new AppError('forbidden', msg('errors.threads.onlyAuthorEdits'));
  }
  if (thread.authorId !== actor.id && input.offRecord === false) {
    throw new AppError('forbidden', msg('errors.threads.onlyAuthorPutsOnRecord'));
  }
  const story = isStory(thread.kind);
  if (story && input.body !== undefined) {
    throw new AppError('invalid', msg('errors.threads.storyHasNoBody'), {
      fields: { body: msg('errors.threads.storyHasNoBodyField') },
    });
  }
  if (!story && input.story !== undefined) {
    throw new AppError('invalid', msg('errors.threads.notAStory'), {
      fields: { story: msg('errors.threads.notAStoryField') },
    });
  }
  if (!story && input.body !== undefined && input.body.trim() === '') {
    throw new AppError('invalid', msg('errors.threads.bodyRequired'), {
      fields: { body: msg('errors.threads.bodyRequired') },
    });
  }
}

/**
 * After a thread went off the record: lessons quoting it leave the library, and an organiser
 * doing it to someone else's thread leaves an audit entry (naming no anonymous author).
 */
export async function threadWentOffRecord(
  tx: Db,
  actor: AccountMember,
  thread: { id: string; title: string; authorId: string; anonymous: boolean },
) {
  await sendBackLessonsDrawingOn(tx, { threadId: thread.id });
  if (thread.authorId === actor.id) return;
  await recordAudit(tx, actor, {
    action: 'thread.put_off_record',
    target: { type: 'thread', id: thread.id, label: thread.title },
    ...(thread.anonymous ? {} : { details: { authorId: thread.authorId } }),
  });
}
