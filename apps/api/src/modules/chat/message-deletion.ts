import type { Message } from '@praxis/contracts/chat';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import { deleteFilesOf } from '../attachments/attachments.service.ts';
import { requoteChatMessage } from '../notifications/mentions.service.ts';
import { quoteOf } from './chat.mail.ts';
import { changeMessage } from './messages.repository.ts';
import { presentMessages } from './messages.service.ts';
import { deleteReactions } from './reactions.repository.ts';

/** A message was stored, edited or deleted: its room's followers receive it. */
export function messageChanged(tx: Db, message: Message) {
  return publish(tx, {
    name: 'chat.message_changed',
    payload: { roomId: message.roomId, change: message.change, message },
  });
}

/**
 * Deletes a message, whoever asks (its author, or the erasure of their account): its text,
 * reactions and files go, it takes its room's next change number, open chats hear of it, and the
 * notifications quoting it quote nothing more. Undefined when it was deleted already.
 */
export async function takeDownMessage(
  tx: Db,
  message: { roomId: string; id: string },
): Promise<Message | undefined> {
  const changed = await changeMessage(tx, message, { body: '', html: '', deletedAt: new Date() });
  if (!changed) return undefined;
  await deleteReactions(tx, changed.id);
  await deleteFilesOf(tx, { kind: 'message', id: changed.id });
  const [removed] = await presentMessages(tx, [changed]);
  if (!removed) throw new AppError('not_found', msg('errors.chat.messageGone'));
  await messageChanged(tx, removed);
  await requoteChatMessage(tx, removed.id, quoteOf(removed));
  return removed;
}
