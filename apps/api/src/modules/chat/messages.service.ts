import type { Attachment } from '@praxis/contracts/attachments';
import {
  type EditMessageBody,
  HISTORY_PAGE,
  type Message,
  type MessagePage,
  type Reaction,
} from '@praxis/contracts/chat';
import type { Author } from '@praxis/contracts/common';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { type Locale, sourceLocale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { AppError, isUniqueViolation } from '../../app-error.ts';
import { cookMarkdown } from '../../markdown.ts';
import { publish } from '../../realtime/bus.ts';
import { focusedAmong } from '../../realtime/presence.repository.ts';
import { attachFiles, filesOf } from '../attachments/attachments.service.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import { resolveMentions } from '../members/mentions.service.ts';
import { notifyOfChatMention, requoteChatMessage } from '../notifications/mentions.service.ts';
import {
  markRoomNotificationsRead,
  notifyOfDirectMessage,
} from '../notifications/notifications.service.ts';
import { excerpt, quoteOf } from './chat.mail.ts';
import { messageChanged, takeDownMessage } from './message-deletion.ts';
import type { MessageRow } from './messages.repository.ts';
import * as repository from './messages.repository.ts';
import { reactionsByMessage } from './reactions.repository.ts';
import type { RoomRow } from './rooms.repository.ts';
import * as rooms from './rooms.repository.ts';
import { NOT_IN_ROOM, requireRoom, roomName } from './rooms.service.ts';

const TEXT_OR_FILES = msg('validation.chat.messageOrFileRequired');

export function toMessage(
  row: MessageRow,
  author: Author,
  reactions: Reaction[] = [],
  attachments: Attachment[] = [],
): Message {
  return {
    id: row.id,
    roomId: row.roomId,
    seq: row.seq,
    change: row.change,
    author,
    body: row.body,
    html: row.html,
    language: row.language,
    clientId: row.clientId,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    reactions,
    attachments,
  };
}

/** Messages as members see them: authors, who reacted with what (by name), and files. */
export async function presentMessages(db: Db, rows: MessageRow[]): Promise<Message[]> {
  const ids = rows.map((row) => row.id);
  const reactions = await reactionsByMessage(db, ids);
  const files = await filesOf(db, 'message', ids);
  const reactors = [...reactions.values()].flat().flatMap((reaction) => reaction.memberIds);
  const people = await authorsById(db, [...rows.map((row) => row.authorId), ...reactors]);
  return rows.flatMap((row) => {
    const author = people.get(row.authorId);
    if (!author) return [];
    const shown = (reactions.get(row.id) ?? []).map(({ emoji, memberIds }) => ({
      emoji,
      members: memberIds.flatMap((id) => {
        const person = people.get(id);
        return person ? [{ id, name: person.name }] : [];
      }),
    }));
    return [toMessage(row, toAuthor(author), shown, files.get(row.id))];
  });
}

export function createMessagesService(db: Db) {
  /**
   * After a direct message commits: whoever in the conversation is away (no tab of theirs has the
   * focus: one open in the background does not see it arrive), and has not muted it, hears of it.
   */
  async function notifyAway(roomId: string, author: Author, message: Message) {
    const others = (await rooms.directMemberIds(db, roomId)).filter((id) => id !== author.id);
    const looking = await focusedAmong(db, others);
    const muted = await rooms.mutedAmong(db, roomId, others);
    await notifyOfDirectMessage(db, {
      roomId,
      messageId: message.id,
      actorId: author.id,
      ...quoteOf(message),
      memberIds: others.filter((id) => !looking.has(id) && !muted.has(id)),
    });
  }

  /**
   * Whoever a message mentions outside a quote, among those in its room, hears of it; in a direct
   * conversation everyone who is away hears of every message already.
   */
  async function notifyMentioned(
    tx: Db,
    room: RoomRow,
    message: Message,
    mentioned: string[],
  ): Promise<void> {
    if (room.kind === 'direct' || mentioned.length === 0) return;
    await notifyOfChatMention(tx, {
      roomId: room.id,
      roomTitle: roomName(room),
      messageId: message.id,
      actorId: message.author.id,
      excerpt: excerpt(message.body),
      memberIds: await rooms.membersInRoom(tx, room.id, mentioned),
    });
  }

  return {
    async history(
      viewer: AccountMember,
      roomId: string,
      before: number | null,
    ): Promise<MessagePage> {
      await requireRoom(db, viewer.id, roomId);
      const rows = await repository.messagesBefore(db, roomId, before, HISTORY_PAGE);
      const page = rows.slice(0, HISTORY_PAGE).reverse();
      return {
        messages: await presentMessages(db, page),
        nextBefore: rows.length > HISTORY_PAGE ? (page[0]?.seq ?? null) : null,
      };
    },

    /**
     * Stores a message, or finds the one an earlier attempt with the same clientId stored; the
     * message is announced in the same transaction, so it is heard of only once committed.
     */
    async send(
      author: Author,
      input: {
        roomId: string;
        clientId: string;
        body: string;
        language?: Locale | undefined;
        attachmentIds?: readonly string[] | undefined;
      },
    ): Promise<Message> {
      const earlier = await repository.messageByClientId(db, author.id, input.clientId);
      if (earlier) return storedEarlier(db, earlier, author);
      const room = await rooms.roomFor(db, author.id, input.roomId);
      if (!room) throw new AppError('forbidden', NOT_IN_ROOM);
      const mentions = await resolveMentions(db, [input.body]);
      const html = cookMarkdown(input.body, mentions);
      let message: Message;
      try {
        message = await db.transaction(async (tx) => {
          const row = await repository.insertMessage(tx, {
            roomId: input.roomId,
            authorId: author.id,
            clientId: input.clientId,
            body: input.body,
            html,
            language: input.language ?? sourceLocale,
          });
          // Leaving a direct room takes its lock, as inserting did: whoever left meanwhile is out.
          const stillIn =
            row && (room.kind !== 'direct' || (await rooms.isInRoom(tx, author.id, input.roomId)));
          if (!stillIn) throw new AppError('forbidden', NOT_IN_ROOM);
          await attachFiles(tx, author.id, { kind: 'message', id: row.id }, input.attachmentIds);
          if (!row.markedRead) await repository.markRead(tx, input.roomId, author.id, row.seq);
          const files = input.attachmentIds?.length ? await filesOf(tx, 'message', [row.id]) : null;
          const stored = toMessage(row, author, [], files?.get(row.id));
          await messageChanged(tx, stored);
          await notifyMentioned(tx, room, stored, mentions.memberIds);
          return stored;
        });
      } catch (error) {
        // Two attempts with one clientId raced: the other one stored it.
        const raced = isUniqueViolation(error)
          ? await repository.messageByClientId(db, author.id, input.clientId)
          : undefined;
        if (!raced) throw error;
        return storedEarlier(db, raced, author);
      }
      if (room.kind === 'direct') await notifyAway(room.id, author, message);
      return message;
    },

    /** Without a language or attachmentIds, the message keeps the language or files it had. */
    async edit(viewer: AccountMember, roomId: string, messageId: string, input: EditMessageBody) {
      const { body, language, attachmentIds } = input;
      const mentions = await resolveMentions(db, [body]);
      return change(viewer, roomId, messageId, {
        values: { body, html: cookMarkdown(body, mentions), language, editedAt: new Date() },
        mentioned: mentions.memberIds,
        attachmentIds,
      });
    },

    remove,

    async markRead(viewerId: string, roomId: string, seq: number) {
      if (!(await rooms.isInRoom(db, viewerId, roomId))) {
        throw new AppError('forbidden', NOT_IN_ROOM);
      }
      const { readSeq, moved } = await repository.markRead(db, roomId, viewerId, seq);
      // The member's tabs hear of a marker that moved, and fetch the bell's count again: what
      // they were notified of in the room up to there is read too.
      if (moved) {
        await markRoomNotificationsRead(db, viewerId, roomId, readSeq);
        await publish(db, {
          name: 'chat.read',
          payload: { roomId, memberId: viewerId, seq: readSeq },
        });
      }
      return readSeq;
    },

    roomCounters: (roomId: string) => repository.roomCounters(db, roomId),

    /** One page of what a resuming client lacks; see `repository.changesSince`. */
    async changesSince(roomId: string, since: Parameters<typeof repository.changesSince>[2]) {
      return presentMessages(db, await repository.changesSince(db, roomId, since));
    },
  };

  /** One of the viewer's messages in a room of theirs, or why they may not change it. */
  async function ownMessage(viewer: AccountMember, roomId: string, messageId: string) {
    const room = await requireRoom(db, viewer.id, roomId);
    const row = await repository.messageById(db, roomId, messageId);
    if (!row) throw new AppError('not_found', msg('errors.chat.messageGone'));
    if (row.authorId !== viewer.id) {
      throw new AppError('forbidden', msg('errors.chat.notYourMessage'));
    }
    return { room, row };
  }

  /**
   * Edits one of the viewer's messages. Whoever the new text mentions hears of it, unless this
   * message told them already, and the notifications quoting it quote what is left.
   */
  async function change(
    viewer: AccountMember,
    roomId: string,
    messageId: string,
    {
      values,
      mentioned,
      attachmentIds,
    }: {
      values: { body: string; html: string; language?: Locale | undefined; editedAt: Date };
      mentioned: string[];
      attachmentIds?: readonly string[] | undefined;
    },
  ): Promise<Message> {
    const { room, row } = await ownMessage(viewer, roomId, messageId);
    return db.transaction(async (tx) => {
      const changed = await repository.changeMessage(tx, row, values);
      // Deleted meanwhile: nothing was changed, and the room's change number rolls back.
      if (!changed) throw new AppError('conflict', msg('errors.chat.messageDeleted'));
      await attachFiles(tx, viewer.id, { kind: 'message', id: changed.id }, attachmentIds);
      const [updated] = await presentMessages(tx, [changed]);
      if (!updated) throw new AppError('not_found', msg('errors.chat.messageGone'));
      // An edit may leave the text empty while files remain, never with neither (rolled back).
      if (updated.body.trim() === '' && updated.attachments.length === 0) {
        throw new AppError('invalid', TEXT_OR_FILES, { fields: { body: TEXT_OR_FILES } });
      }
      await messageChanged(tx, updated);
      await requoteChatMessage(tx, updated.id, quoteOf(updated));
      await notifyMentioned(tx, room, updated, mentioned);
      return updated;
    });
  }

  /** Deletes one of the viewer's messages, the one way any message is deleted. */
  async function remove(viewer: AccountMember, roomId: string, messageId: string) {
    const { row } = await ownMessage(viewer, roomId, messageId);
    return db.transaction(async (tx) => {
      const removed = await takeDownMessage(tx, row);
      // Deleted meanwhile: nothing was changed, and the room's change number rolls back.
      if (!removed) throw new AppError('conflict', msg('errors.chat.messageDeleted'));
      return removed;
    });
  }
}

/** What an earlier attempt with the same clientId stored, with the files it took. */
async function storedEarlier(db: Db, row: MessageRow, author: Author): Promise<Message> {
  const files = await filesOf(db, 'message', [row.id]);
  return toMessage(row, author, [], files.get(row.id));
}
