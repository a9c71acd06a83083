import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import * as repository from './notifications.repository.ts';
import { notify, type StoredNotification } from './notifications.service.ts';

// Mentions in threads, chat and meetup notes: who is told, once, within the author's budget.

/**
 * How many members one author's mentions may notify in an hour, in threads, chat and meetup notes
 * alike.
 */
export const MENTIONS_PER_HOUR = 200;

const MENTION_KINDS: NotificationKind[] = ['mention', 'chat_mention', 'notes_mention'];

/**
 * Refuses a post whose mentions would take its author past `MENTIONS_PER_HOUR`, before anything
 * is notified: callers run it in the post's transaction, so the post is not stored either.
 */
export async function spendMentionBudget(db: Db, actorId: string, mentioning: number) {
  if (mentioning === 0) return;
  // Two posts at once, in different rooms or threads, count one after the other.
  await repository.lockCausedBy(db, actorId, 'mentions');
  const spent = await repository.countCausedSince(db, actorId, MENTION_KINDS, 3600);
  if (spent + mentioning > MENTIONS_PER_HOUR) {
    throw new AppError(
      'rate_limited',
      msg('errors.notifications.tooManyMentions', { spent, max: MENTIONS_PER_HOUR }),
    );
  }
}

/** Where members were mentioned, as their notifications point to it. */
export type MentionedIn =
  | { kind: 'mention'; threadId: string; replyId: string | null; detail?: Record<string, string> }
  | { kind: 'chat_mention'; roomId: string; messageId: string; detail: Record<string, string> }
  | { kind: 'notes_mention'; meetupId: string };

/**
 * Tells the mentioned members, of `memberIds` (whoever may see the text), unless this post,
 * message or meetup's notes told them already: an edit that mentions them again tells nobody
 * twice, and one that adds a mention tells only its member. The author's budget is spent first.
 */
export async function notifyOfMention(
  db: Db,
  actorId: string,
  memberIds: string[],
  where: MentionedIn,
): Promise<StoredNotification[]> {
  const told = await repository.alreadyNotified(
    db,
    where.kind,
    where.kind === 'mention'
      ? { threadId: where.threadId, replyId: where.replyId }
      : where.kind === 'chat_mention'
        ? { messageId: where.messageId }
        : { meetupId: where.meetupId },
    memberIds,
  );
  const recipients = memberIds.filter((memberId) => !told.has(memberId) && memberId !== actorId);
  await spendMentionBudget(db, actorId, recipients.length);
  return notify(
    db,
    recipients.map((memberId) => ({ memberId, actorId, ...where })),
  );
}

/**
 * Tells members mentioned in a chat message, among those in its room. `roomTitle` names a
 * cohort's or meetup's room; none, the network's.
 */
export async function notifyOfChatMention(
  db: Db,
  message: {
    roomId: string;
    roomTitle: string | null;
    messageId: string;
    actorId: string;
    excerpt: string;
    memberIds: string[];
  },
): Promise<StoredNotification[]> {
  return notifyOfMention(db, message.actorId, message.memberIds, {
    kind: 'chat_mention',
    roomId: message.roomId,
    messageId: message.messageId,
    detail: {
      excerpt: message.excerpt,
      ...(message.roomTitle === null ? {} : { room: message.roomTitle }),
    },
  });
}

/**
 * A message edited or deleted: what its notifications quote follows, "sent a picture" included
 * (`files`, null once it has text again or is gone).
 */
export async function requoteChatMessage(
  db: Db,
  messageId: string,
  { excerpt, files }: { excerpt: string; files: 'picture' | 'file' | null },
) {
  const kinds: NotificationKind[] = ['direct_message', 'chat_mention'];
  if (files) await repository.setMessageDetail(db, kinds, messageId, { excerpt, files });
  else await repository.setMessageDetail(db, kinds, messageId, { excerpt }, ['files']);
}
