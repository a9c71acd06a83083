import { ReasonBody } from '@praxis/contracts/audit';
import { PageQuery } from '@praxis/contracts/common';
import { FlagBody, FlagPage, FlagParams, ModerationBody } from '@praxis/contracts/moderation';
import {
  AcceptBody,
  FollowBody,
  HelpfulBody,
  HelpfulState,
  NewThreadBody,
  Reply,
  ReplyBody,
  ReplyListQuery,
  ReplyPage,
  ReplyParams,
  ReplyUpdateBody,
  ThreadDetail,
  ThreadListQuery,
  ThreadPage,
  ThreadParams,
  ThreadUpdateBody,
} from '@praxis/contracts/threads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { anonymityRoutes } from './anonymity.routes.ts';
import { createAnswerService } from './answers.service.ts';
import { createModerationService } from './moderation.service.ts';
import { createReplyService } from './replies.service.ts';
import { listenToThreadEvents } from './threads.events.ts';
import { createThreadService } from './threads.service.ts';

export const threadRoutes: FastifyPluginAsyncZod = async (app) => {
  const threads = createThreadService(app.db);
  const replies = createReplyService(app.db);
  const moderation = createModerationService(app.db, threads);
  const answers = createAnswerService(app.db, threads);
  listenToThreadEvents(app.realtime, app.db);
  await app.register(anonymityRoutes);
  const tags = ['threads'];

  app.get(
    '/api/threads',
    {
      schema: {
        operationId: 'listThreads',
        tags,
        summary: 'Threads you can see: latest activity, unanswered questions or stories',
        querystring: ThreadListQuery,
        response: { 200: ThreadPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => threads.list(requireMember(request), request.query),
  );

  app.post(
    '/api/threads',
    {
      schema: {
        operationId: 'createThread',
        tags,
        summary: 'Ask a question, tell a story, start a discussion or announce something',
        body: NewThreadBody,
        response: { 201: ThreadDetail, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      // A text is in its author's language unless they say otherwise: the member's own choice,
      // else the request's.
      const language = request.body.language ?? request.locale;
      return reply
        .code(201)
        .send(await threads.create(requireMember(request), { ...request.body, language }));
    },
  );

  app.get(
    '/api/threads/:id',
    {
      schema: {
        operationId: 'getThread',
        tags,
        summary: 'A thread; opening it marks it read',
        params: ThreadParams,
        response: { 200: ThreadDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      threads.detail(requireMember(request), request.params.id, { markRead: true }),
  );

  app.patch(
    '/api/threads/:id',
    {
      schema: {
        operationId: 'updateThread',
        tags,
        summary: 'Edit your thread; fields left out stay as they are',
        params: ThreadParams,
        body: ThreadUpdateBody,
        response: { 200: ThreadDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => threads.update(requireMember(request), request.params.id, request.body),
  );

  const threadAction = <B extends z.ZodType>(
    path: string,
    operationId: string,
    summary: string,
    body: B,
    handle: (
      member: ReturnType<typeof requireMember>,
      id: string,
      input: z.output<B>,
    ) => Promise<unknown>,
    response: z.ZodType = ThreadDetail,
  ) =>
    app.put(
      `/api/threads/:id/${path}`,
      {
        schema: {
          operationId,
          tags,
          summary,
          params: ThreadParams,
          body,
          response: { 200: response, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        handle(requireMember(request), request.params.id, request.body as z.output<B>),
    );

  threadAction(
    'moderation',
    'moderateThread',
    'Pin, lock or hide a thread (organisers)',
    ModerationBody,
    (member, id, input) => moderation.moderate(member, id, input),
  );
  threadAction(
    'accepted',
    'acceptAnswer',
    'Accept a reply as the answer to a question, or none',
    AcceptBody,
    (member, id, input) => answers.accept(member, id, input.replyId),
  );
  threadAction(
    'following',
    'setThreadFollowing',
    'Follow or unfollow a thread',
    FollowBody,
    (member, id, input) => threads.follow(member, id, input.following),
  );
  threadAction(
    'helpful',
    'markHelpful',
    'Mark the opening post or a reply helpful, or take it back',
    HelpfulBody,
    (member, id, input) => threads.markHelpful(member, id, input),
    HelpfulState,
  );

  app.post(
    '/api/threads/:id/flags',
    {
      schema: {
        operationId: 'flagPost',
        tags,
        summary: 'Flag the opening post or a reply for the organisers, with a reason',
        params: ThreadParams,
        body: FlagBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      await moderation.flag(requireMember(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/flags',
    {
      schema: {
        operationId: 'listFlags',
        tags,
        summary: 'Open flags, oldest first (organisers)',
        querystring: PageQuery,
        response: { 200: FlagPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      moderation.openFlags(requireMember(request), request.query.cursor, request.query.limit),
  );

  app.post(
    '/api/flags/:id/resolve',
    {
      schema: {
        operationId: 'resolveFlag',
        tags,
        summary: 'Close a flag once it is dealt with (organisers)',
        params: FlagParams,
        body: ReasonBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await moderation.resolveFlag(requireMember(request), request.params.id, request.body?.reason);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/threads/:id/replies',
    {
      schema: {
        operationId: 'listReplies',
        tags,
        summary: 'Replies of a thread, oldest first',
        params: ThreadParams,
        querystring: ReplyListQuery,
        response: { 200: ReplyPage, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      replies.page(
        requireMember(request),
        request.params.id,
        request.query.cursor,
        request.query.limit,
      ),
  );

  app.post(
    '/api/threads/:id/replies',
    {
      schema: {
        operationId: 'createReply',
        tags,
        summary: 'Reply to a thread, or to one of its replies',
        params: ThreadParams,
        body: ReplyBody,
        response: { 201: Reply, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const language = request.body.language ?? request.locale;
      return reply.code(201).send(
        await replies.create(requireMember(request), request.params.id, {
          ...request.body,
          language,
        }),
      );
    },
  );

  app.patch(
    '/api/threads/:id/replies/:replyId',
    {
      schema: {
        operationId: 'updateReply',
        tags,
        summary: 'Edit your reply',
        params: ReplyParams,
        body: ReplyUpdateBody,
        response: { 200: Reply, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      replies.edit(
        requireMember(request),
        request.params.id,
        request.params.replyId,
        request.body.body,
        request.body.language,
        request.body.attachmentIds,
        request.body.offRecord,
      ),
  );

  app.delete(
    '/api/threads/:id/replies/:replyId',
    {
      schema: {
        operationId: 'deleteReply',
        tags,
        summary: 'Delete your reply (organisers: any reply); it leaves a "deleted" mark',
        params: ReplyParams,
        response: { 200: Reply, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      replies.remove(requireMember(request), request.params.id, request.params.replyId),
  );
};
