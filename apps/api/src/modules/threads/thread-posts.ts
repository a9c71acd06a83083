import type { AccountMember } from '@praxis/contracts/members';
import {
  type HelpfulState,
  STORY_SECTIONS,
  type StoryInput,
  type StoryText,
} from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { cookMarkdown } from '../../markdown.ts';
import type { Mentions } from '../members/mentions.service.ts';
import { notifyOfMention } from '../notifications/notifications.service.ts';
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
  post: { actorId: string; threadId: string; replyId?: string },
  mentions: Mentions,
) {
  const maySee = await repository.membersWhoCanSee(db, post.threadId, mentions.memberIds);
  return notifyOfMention(db, post.actorId, maySee, {
    kind: 'mention',
    threadId: post.threadId,
    replyId: post.replyId ?? null,
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
