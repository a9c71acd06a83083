import { ChatClientFrames, SEND_LIMIT } from '@praxis/contracts/chat';
import type { Author } from '@praxis/contracts/common';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import type { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { publish } from '../../realtime/bus.ts';
import type { Connection } from '../../realtime/connection.ts';
import type { Hub } from '../../realtime/hub.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import type { ChatService } from './chat.service.ts';
import { type RoomCursors, roomTopic } from './chat-catch-up.ts';

/** Typing is published at most this often per member and room, whatever number of tabs. */
const TYPING_PUBLISH_EVERY_MS = 2000;

const NOT_IN_ROOM = msg('errors.chat.notInRoom');

const frame = <Type extends (typeof ChatClientFrames)[number]['shape']['type']['value']>(
  type: Type,
) =>
  ChatClientFrames.find((option) => option.shape.type.value === type) as Extract<
    (typeof ChatClientFrames)[number],
    { shape: { type: z.ZodLiteral<Type> } }
  >;

/**
 * Chat's side of the websocket: following rooms from a known position, sending, typing and read
 * markers. Rooms are topics of kind `room`, which a member follows while the room's rule lets
 * them in.
 */
export function registerChatFrames(hub: Hub, db: Db, chat: ChatService, cursors: RoomCursors) {
  const authors = new WeakMap<Connection, Promise<Author>>();
  const sentAt = new WeakMap<Connection, number[]>();
  const typedAt = new Map<string, number>();

  /** Read once per socket, when first needed. */
  function authorOf(connection: Connection): Promise<Author> {
    let author = authors.get(connection);
    if (!author) {
      const { id } = connection.member;
      author = authorsById(db, [id]).then((found) => {
        const row = found.get(id);
        if (!row) throw new Error(`member ${id} has no author row`);
        return toAuthor(row);
      });
      authors.set(connection, author);
    }
    return author;
  }

  hub.registerTopic('room', {
    canFollow: (member, roomId) => chat.isInRoom(member.id, roomId),
    visibleAmong: (member, roomIds) => chat.roomsAmong(member.id, roomIds),
    allowedAmong: (roomId, memberIds) => chat.membersInRoom(roomId, memberIds),
    expelled(connection, roomId) {
      cursors.stop(connection, roomId);
      connection.error('forbidden', msg('errors.chat.noLongerInRoom'), roomId);
      connection.write({ type: 'rooms' });
    },
  });

  hub.registerFrame('subscribe', {
    schema: frame('subscribe'),
    cost: 2,
    async handle(connection, { roomId, afterSeq, afterChange }) {
      if (!(await hub.follow(connection, roomTopic(roomId)))) {
        throw new AppError('forbidden', NOT_IN_ROOM);
      }
      await cursors.start(connection, roomId, afterSeq, afterChange);
    },
  });

  hub.registerFrame('unsubscribe', {
    schema: frame('unsubscribe'),
    cost: 1,
    handle(connection, { roomId }) {
      hub.leave(connection, roomTopic(roomId));
      cursors.stop(connection, roomId);
    },
  });

  hub.registerFrame('send', {
    schema: frame('send'),
    cost: 1,
    unavailable: msg('errors.chat.notStoredYet'),
    admit(connection) {
      const now = Date.now();
      const recent = (sentAt.get(connection) ?? []).filter((at) => now - at < SEND_LIMIT.windowMs);
      sentAt.set(connection, recent);
      if (recent.length >= SEND_LIMIT.messages) {
        return {
          code: 'rate_limited',
          message: msg('errors.chat.sendingTooFast', {
            max: SEND_LIMIT.messages,
            seconds: SEND_LIMIT.windowMs / 1000,
          }),
        };
      }
      recent.push(now);
      return null;
    },
    async handle(connection, send) {
      // A message is in its author's language unless the composer says otherwise.
      const language = send.language ?? connection.member.locale ?? undefined;
      const message = await chat.send(await authorOf(connection), { ...send, language });
      connection.write({
        type: 'ack',
        clientId: send.clientId,
        messageId: message.id,
        roomId: message.roomId,
        seq: message.seq,
      });
    },
  });

  hub.registerFrame('typing', {
    schema: frame('typing'),
    cost: 1,
    async handle(connection, { roomId }) {
      if (!connection.topics.has(roomTopic(roomId))) {
        throw new AppError('forbidden', msg('errors.chat.typingUnsubscribed'));
      }
      const typist = await authorOf(connection);
      const key = `${typist.id}:${roomId}`;
      const now = Date.now();
      if (now - (typedAt.get(key) ?? 0) < TYPING_PUBLISH_EVERY_MS) return;
      typedAt.set(key, now);
      if (typedAt.size > 10_000) {
        for (const [other, at] of typedAt)
          if (now - at >= TYPING_PUBLISH_EVERY_MS) typedAt.delete(other);
      }
      await publish(db, {
        name: 'chat.typing',
        payload: { roomId, memberId: typist.id, name: typist.name },
      });
    },
  });

  hub.registerFrame('read', {
    schema: frame('read'),
    cost: 1,
    async handle(connection, { roomId, seq }) {
      await chat.markRead(connection.member.id, roomId, seq);
    },
  });
}
