import {
  DirectRoomBody,
  EditMessageBody,
  HistoryQuery,
  Message,
  MessagePage,
  MessageParams,
  MessageWindow,
  MuteBody,
  NewerQuery,
  ReactionBody,
  Room,
  RoomList,
  RoomParams,
} from '@praxis/contracts/chat';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { listenToChatEvents } from './chat.events.ts';
import { createChatService } from './chat.service.ts';
import { createRoomCursors } from './chat-catch-up.ts';
import { registerChatFrames } from './chat-frames.ts';
import { createMessageWindowService } from './message-search.service.ts';

const DIRECT_ROOMS_PER_HOUR = 60;

export const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  const chat = createChatService(app.db);
  const windows = createMessageWindowService(app.db);
  const cursors = createRoomCursors(chat);
  registerChatFrames(app.realtime.hub, app.db, chat, cursors);
  listenToChatEvents(app.realtime, cursors);
  const tags = ['chat'];

  app.get(
    '/api/rooms',
    {
      schema: {
        operationId: 'listRooms',
        tags,
        summary: 'Your rooms: everyone, your cohorts and meetups, your direct conversations',
        response: { 200: RoomList, ...errorResponses(401) },
      },
    },
    async (request) => chat.listRooms(requireMember(request)),
  );

  app.get(
    '/api/rooms/:id/messages',
    {
      schema: {
        operationId: 'listMessages',
        tags,
        summary: 'History of a room, 50 messages before a sequence number (the latest without)',
        params: RoomParams,
        querystring: HistoryQuery,
        response: { 200: MessagePage, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      chat.history(requireMember(request), request.params.id, request.query.before ?? null),
  );

  app.get(
    '/api/rooms/:id/messages/:messageId/around',
    {
      schema: {
        operationId: 'listMessagesAround',
        tags,
        summary: 'History around one message (a search hit), loadable further both ways',
        params: MessageParams,
        response: { 200: MessageWindow, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      windows.around(requireMember(request), request.params.id, request.params.messageId),
  );

  app.get(
    '/api/rooms/:id/messages/newer',
    {
      schema: {
        operationId: 'listNewerMessages',
        tags,
        summary: 'History of a room, 50 messages after a sequence number, oldest first',
        params: RoomParams,
        querystring: NewerQuery,
        response: { 200: MessageWindow, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      windows.newer(requireMember(request), request.params.id, request.query.after),
  );

  app.post(
    '/api/rooms/direct',
    {
      schema: {
        operationId: 'openDirectRoom',
        tags,
        summary: 'Open the direct conversation with these members (made if new)',
        body: DirectRoomBody,
        response: { 200: Room, 201: Room, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const member = requireMember(request);
      // Each new conversation lands in others' lists: nobody may fill them.
      await app.throttle.hit([
        {
          key: `direct-rooms:${member.id}`,
          limit: DIRECT_ROOMS_PER_HOUR,
          windowSeconds: 3600,
          message: 'errors.chat.tooManyDirectRooms',
        },
      ]);
      const { room, created } = await chat.openDirect(member, request.body.memberIds);
      return reply.code(created ? 201 : 200).send(room);
    },
  );

  app.delete(
    '/api/rooms/:id/membership',
    {
      schema: {
        operationId: 'leaveRoom',
        tags,
        summary: 'Leave a direct conversation (other rooms follow your cohorts and meetups)',
        params: RoomParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await chat.leave(requireMember(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/rooms/:id/muted',
    {
      schema: {
        operationId: 'setRoomMuted',
        tags,
        summary: 'Mute a room (its unread messages leave the navigation count) or unmute it',
        params: RoomParams,
        body: MuteBody,
        response: { 200: Room, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => chat.setMuted(requireMember(request), request.params.id, request.body.muted),
  );

  app.patch(
    '/api/rooms/:id/messages/:messageId',
    {
      schema: {
        operationId: 'editMessage',
        tags,
        summary: 'Edit one of your messages: its text, language and files',
        params: MessageParams,
        body: EditMessageBody,
        response: { 200: Message, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      chat.edit(requireMember(request), request.params.id, request.params.messageId, request.body),
  );

  app.delete(
    '/api/rooms/:id/messages/:messageId',
    {
      schema: {
        operationId: 'deleteMessage',
        tags,
        summary: 'Delete one of your messages; others see that a message was deleted',
        params: MessageParams,
        response: { 200: Message, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      chat.remove(requireMember(request), request.params.id, request.params.messageId),
  );

  app.put(
    '/api/rooms/:id/messages/:messageId/reactions',
    {
      schema: {
        operationId: 'setMessageReaction',
        tags,
        summary: 'Set or take back your reaction to a message (one of six emoji); notifies nobody',
        params: MessageParams,
        body: ReactionBody,
        response: { 200: Message, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      chat.react(requireMember(request), request.params.id, request.params.messageId, request.body),
  );
};
