import {
  CloseCode,
  DirectRoomBody,
  EditMessageBody,
  HistoryQuery,
  Message,
  MessagePage,
  MessageParams,
  MuteBody,
  PROTOCOL_VERSION,
  Room,
  RoomList,
  RoomParams,
} from '@praxis/contracts/chat';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createChatService } from './chat.service.ts';
import { createChatHub } from './chat-hub.ts';

const DIRECT_ROOMS_PER_HOUR = 60;

/** A socket that has not answered a ping since the previous one is gone. */
const HEARTBEAT_MS = 30_000;

export const chatRoutes: FastifyPluginAsyncZod<{ allowedOrigins: string[] }> = async (
  app,
  { allowedOrigins },
) => {
  const chat = createChatService(app.db, {
    realtime: app.realtime,
    notifications: app.notificationBus,
  });
  const hub = createChatHub({
    db: app.db,
    chat,
    realtime: app.realtime,
    notificationBus: app.notificationBus,
    sessions: app.sessions,
    log: app.log,
  });
  await hub.start();
  app.addHook('preClose', async () => hub.stop());
  const tags = ['chat'];

  app.get(
    '/api/rooms',
    {
      schema: {
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

  app.post(
    '/api/rooms/direct',
    {
      schema: {
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
          message: 'You have opened many conversations in the last hour.',
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
        tags,
        summary: 'Edit one of your messages',
        params: MessageParams,
        body: EditMessageBody,
        response: { 200: Message, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      chat.edit(
        requireMember(request),
        request.params.id,
        request.params.messageId,
        request.body.body,
      ),
  );

  app.delete(
    '/api/rooms/:id/messages/:messageId',
    {
      schema: {
        tags,
        summary: 'Delete one of your messages; others see that a message was deleted',
        params: MessageParams,
        response: { 200: Message, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      chat.remove(requireMember(request), request.params.id, request.params.messageId),
  );

  app.get(
    '/api/ws',
    {
      websocket: true,
      schema: {
        tags,
        summary: `The chat websocket (protocol ${PROTOCOL_VERSION}; frames in the contracts)`,
        querystring: z.object({ v: z.string().max(10).optional() }),
      },
      // Checked before the upgrade: a cookie rides along with a cross-site websocket too.
      preValidation: async (request) => {
        requireMember(request);
        const origin = request.headers.origin;
        if (!origin || !allowedOrigins.includes(origin)) {
          throw new AppError(
            'forbidden',
            'This connection did not come from the Praxis site, so it was refused.',
          );
        }
      },
    },
    (socket, request) => {
      const member = request.member;
      const token = request.sessionToken;
      if (!member || !token) {
        socket.close(CloseCode.sessionEnded, 'Sign in to continue.');
        return;
      }
      if (request.query.v !== String(PROTOCOL_VERSION)) {
        socket.close(CloseCode.outdated, 'Praxis was updated; reload the page.');
        return;
      }
      const connection = hub.connect(
        {
          send: (text) => socket.send(text),
          close: (code, reason) => socket.close(code, reason),
          get bufferedAmount() {
            return socket.bufferedAmount;
          },
        },
        member,
        token,
      );
      let alive = true;
      const heartbeat = setInterval(() => {
        if (!alive) {
          socket.terminate();
          return;
        }
        alive = false;
        socket.ping();
      }, HEARTBEAT_MS);
      socket.on('pong', () => {
        alive = true;
      });
      socket.on('message', (data, isBinary) => {
        alive = true;
        // Whatever a frame does wrong, it must not throw out of here: that ends the process.
        try {
          connection.receive(isBinary ? '' : data.toString());
        } catch (error) {
          request.log.error({ err: error }, 'chat frame failed');
          connection.close(1011, 'This connection failed; reconnect to resume.');
        }
      });
      // An unhandled socket error (ECONNRESET) would take the whole process down.
      socket.on('error', (error) => request.log.debug({ err: error }, 'chat socket error'));
      socket.on('close', () => {
        clearInterval(heartbeat);
        hub.disconnect(connection);
      });
    },
  );
};
