import type { AccountMember } from '@praxis/contracts/members';
import type { HelpfulState } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { mentionedHandles } from '../../markdown.ts';
import { activeMembersByHandles } from '../members/members.service.ts';
import {
  alreadyMentioned,
  notify,
  spendMentionBudget,
} from '../notifications/notifications.service.ts';
import * as replies from './replies.repository.ts';
import * as repository from './threads.repository.ts';

// What opening posts and replies share: mentions, and who found them helpful.

/** How many names a helpful count lists; the count itself is exact. */
const HELPFUL_NAMES = 20;

/** How many mentions one post may link and notify. */
const MAX_MENTIONS = 50;

/** The members the texts mention: every one is linked, those outside quotes are notified. */
export async function resolveMentions(db: Db, texts: string[]) {
  const handles = [...new Set(texts.flatMap((text) => mentionedHandles(text)))].slice(
    0,
    MAX_MENTIONS,
  );
  const unquoted = new Set(
    texts.flatMap((text) => mentionedHandles(text, { outsideQuotes: true })),
  );
  const found = await activeMembersByHandles(db, handles);
  return new Mentions(found, unquoted);
}

/** Mentioned members by handle: the cooker reads the handles, notifications the ids. */
export class Mentions extends Map<string, string> {
  /** The members to notify: mentioned outside a quote. */
  readonly memberIds: string[];
  constructor(found: { id: string; handle: string }[], unquoted: ReadonlySet<string>) {
    super(found.map((member) => [member.handle.toLowerCase(), member.handle]));
    this.memberIds = found
      .filter((member) => unquoted.has(member.handle.toLowerCase()))
      .map((member) => member.id);
  }
}

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
  const told = await alreadyMentioned(
    db,
    { threadId: post.threadId, replyId: post.replyId ?? null },
    maySee,
  );
  const recipients = maySee.filter((memberId) => !told.has(memberId) && memberId !== post.actorId);
  await spendMentionBudget(db, post.actorId, recipients.length);
  return notify(
    db,
    recipients.map((memberId) => ({
      memberId,
      kind: 'mention' as const,
      actorId: post.actorId,
      threadId: post.threadId,
      replyId: post.replyId ?? null,
    })),
  );
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
