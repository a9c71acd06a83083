import type { Message, ReactionEmoji } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import { messageById, touchMessage } from './messages.repository.ts';
import { presentMessages } from './messages.service.ts';
import { setReaction } from './reactions.repository.ts';
import { requireRoom } from './rooms.service.ts';

/** Reached when the reaction is already as asked: nothing is written, nobody hears of it. */
class Unchanged extends Error {}

/**
 * Reactions on chat messages. They notify nobody: they reach the room's followers live, as an
 * edit does, and are read back by a client that resumes after a reconnect.
 */
export function createReactionsService(db: Db) {
  return {
    /** Sets the viewer's reaction; reacting twice, or taking back what is not there, is a no-op. */
    async react(
      viewer: AccountMember,
      roomId: string,
      messageId: string,
      { emoji, reacted }: { emoji: ReactionEmoji; reacted: boolean },
    ): Promise<Message> {
      await requireRoom(db, viewer.id, roomId);
      const row = await messageById(db, roomId, messageId);
      if (!row) throw new AppError('not_found', msg('errors.chat.messageGone'));
      if (row.deletedAt) throw new AppError('conflict', msg('errors.chat.reactToDeleted'));
      try {
        return await db.transaction(async (tx) => {
          // The room's lock first, as every change of the room takes it: reactions are ordered
          // with the messages, edits and deletions around them.
          const touched = await touchMessage(tx, row);
          if (!touched) throw new AppError('conflict', msg('errors.chat.reactToDeleted'));
          const changed = await setReaction(tx, { messageId, memberId: viewer.id, emoji }, reacted);
          // Rolling back returns the change number, so the room's numbers stay gap-free.
          if (!changed) throw new Unchanged();
          const [message] = await presentMessages(tx, [touched]);
          if (!message) throw new AppError('not_found', msg('errors.chat.messageGone'));
          await publish(tx, {
            name: 'chat.message_changed',
            payload: { roomId, change: message.change, message },
          });
          return message;
        });
      } catch (error) {
        if (!(error instanceof Unchanged)) throw error;
        const current = await messageById(db, roomId, messageId);
        const [message] = current ? await presentMessages(db, [current]) : [];
        if (!message) throw new AppError('not_found', msg('errors.chat.messageGone'));
        return message;
      }
    },
  };
}
