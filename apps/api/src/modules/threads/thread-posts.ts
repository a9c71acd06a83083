import type { AccountMember } from '@praxis/contracts/members';
import type { HelpfulState } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { mentionedHandles } from '../../markdown.ts';
import { activeMembersByHandles } from '../members/members.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import * as replies from './replies.repository.ts';
import * as repository from './threads.repository.ts';

// What opening posts and replies share: mentions, and who found them helpful.

/** How many names a helpful count lists; the count itself is exact. */
const HELPFUL_NAMES = 20;

/** How many mentions one post may link and notify. */
const MAX_MENTIONS = 50;

/**
 * The members the texts mention: every one is linked, those outside quotes are notified. For an
 * edit, `before` holds the texts it replaces: whoever they mentioned outside quotes was told
 * then, and is not told again.
 */
export async function resolveMentions(db: Db, texts: string[], before: string[] = []) {
  const handles = [...new Set(texts.flatMap((text) => mentionedHandles(text)))].slice(
    0,
    MAX_MENTIONS,
  );
  const unquoted = (of: string[]) =>
    new Set(of.flatMap((text) => mentionedHandles(text, { outsideQuotes: true })));
  const told = unquoted(before);
  const toTell = new Set([...unquoted(texts)].filter((handle) => !told.has(handle)));
  const found = await activeMembersByHandles(db, handles);
  return new Mentions(found, toTell);
}

/** Mentioned members by handle: the cooker reads the handles, notifications the ids. */
export class Mentions extends Map<string, string> {
  /** The members to notify: mentioned outside a quote, and not already told. */
  readonly memberIds: string[];
  constructor(found: { id: string; handle: string }[], toTell: ReadonlySet<string>) {
    super(found.map((member) => [member.handle.toLowerCase(), member.handle]));
    this.memberIds = found
      .filter((member) => toTell.has(member.handle.toLowerCase()))
      .map((member) => member.id);
  }
}

/** Tells mentioned members, among those who may see the thread; returns who was told. */
export async function notifyMentions(
  db: Db,
  post: { actorId: string; threadId: string; replyId?: string },
  mentions: Mentions,
) {
  const recipients = await repository.membersWhoCanSee(db, post.threadId, mentions.memberIds);
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
