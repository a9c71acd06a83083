import { createHash } from 'node:crypto';
import { MessageBody } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { markRoomNotificationsRead } from '../notifications/notifications.service.ts';
import { createMessagesService } from './messages.service.ts';
import * as rooms from './rooms.repository.ts';

/**
 * What became of an answer by e-mail to a room: posted, or why not (`message`, a `msg`, which
 * the refusal mail writes in its reader's language).
 */
export type MailMessageOutcome =
  | { ok: true; messageId: string }
  | { ok: false; reason: 'no_access' }
  | { ok: false; reason: 'refused'; message: string };

/**
 * Sends a message that came by e-mail as one from a tab is sent (sequence number, live delivery,
 * direct-message and mention notifications); its client id comes from the room and the mail's
 * Message-ID, so the same mail never becomes two messages, and one mail answering two rooms'
 * addresses (client ids are unique per author) is posted in each. What the author was told of in the room up to their
 * message counts as read, and their tabs hear so.
 */
export async function messageByMail(
  db: Db,
  actor: AccountMember,
  roomId: string,
  body: string,
  mailMessageId: string,
): Promise<MailMessageOutcome> {
  if (!(await rooms.roomFor(db, actor.id, roomId))) return { ok: false, reason: 'no_access' };
  const input = MessageBody.safeParse(body);
  if (!input.success) {
    const message = input.error.issues[0]?.message ?? msg('errors.chat.cannotSend');
    return { ok: false, reason: 'refused', message };
  }
  const author = (await authorsById(db, [actor.id])).get(actor.id);
  if (!author) return { ok: false, reason: 'no_access' };
  const clientId = `mail-${createHash('sha256').update(`${roomId}\n${mailMessageId}`).digest('hex').slice(0, 40)}`;
  try {
    const message = await createMessagesService(db).send(toAuthor(author), {
      roomId,
      clientId,
      body: input.data,
      language: actor.locale ?? undefined,
    });
    await markRoomNotificationsRead(db, actor.id, roomId, message.seq);
    await publish(db, {
      name: 'chat.read',
      payload: { roomId, memberId: actor.id, seq: message.seq },
    });
    return { ok: true, messageId: message.id };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.code === 'forbidden'
      ? { ok: false, reason: 'no_access' }
      : { ok: false, reason: 'refused', message: error.message };
  }
}
