import type { AccountMember } from '@praxis/contracts/members';
import { ReplyBody } from '@praxis/contracts/threads';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { isOrganiser } from '../../plugins/auth.ts';
import { markThreadNotificationsRead } from '../notifications/notifications.service.ts';
import { createReplyService } from './replies.service.ts';
import * as repository from './threads.repository.ts';

/**
 * What became of a reply sent by e-mail: posted, or why not (`message`, a `msg`, says it to its
 * author in the refusal mail, in their language).
 */
export type MailReplyOutcome =
  | { ok: true; replyId: string }
  | { ok: false; reason: 'no_access' | 'locked' }
  | { ok: false; reason: 'refused'; message: string };

/**
 * Posts a reply that came by e-mail exactly as one from the web is posted (mentions, followers'
 * notifications, live update, following), then counts the thread as read by its author: they
 * answered what they were told of, so it is not mailed to them again.
 */
export async function replyByMail(
  db: Db,
  actor: AccountMember,
  threadId: string,
  body: string,
  /** Files that came with the mail, already checked and uploaded as the member's. */
  attachmentIds: string[] = [],
): Promise<MailReplyOutcome> {
  const thread = await repository.findVisible(db, actor, threadId);
  if (!thread) return { ok: false, reason: 'no_access' };
  if (thread.lockedAt && !isOrganiser(actor)) return { ok: false, reason: 'locked' };
  const input = ReplyBody.safeParse({ body, attachmentIds });
  if (!input.success) {
    const message = input.error.issues[0]?.message ?? msg('errors.threads.cannotPost');
    return { ok: false, reason: 'refused', message };
  }
  try {
    const reply = await createReplyService(db).create(actor, threadId, input.data);
    await repository.markRead(db, threadId, actor.id);
    await markThreadNotificationsRead(db, actor.id, threadId);
    return { ok: true, replyId: reply.id };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, reason: 'refused', message: error.message };
    throw error;
  }
}
