import { RevealedAuthor } from '@praxis/contracts/anonymity';
import { Reply, ReplyParams, ThreadDetail, ThreadParams } from '@praxis/contracts/threads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAnonymityService } from './anonymity.service.ts';
import { createReplyService } from './replies.service.ts';
import { createThreadService } from './threads.service.ts';

export const anonymityRoutes: FastifyPluginAsyncZod = async (app) => {
  const anonymity = createAnonymityService(
    app.db,
    createThreadService(app.db),
    createReplyService(app.db),
  );
  const tags = ['threads'];

  app.delete(
    '/api/threads/:id/anonymity',
    {
      schema: {
        operationId: 'liftThreadAnonymity',
        tags,
        summary: 'Sign your anonymous thread, and your replies in it, with your name',
        params: ThreadParams,
        response: { 200: ThreadDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => anonymity.liftThread(requireMember(request), request.params.id),
  );

  app.delete(
    '/api/threads/:id/replies/:replyId/anonymity',
    {
      schema: {
        operationId: 'liftReplyAnonymity',
        tags,
        summary: 'Sign your anonymous reply with your name',
        params: ReplyParams,
        response: { 200: Reply, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      anonymity.liftReply(requireMember(request), request.params.id, request.params.replyId),
  );

  // POST, not GET: a look is an audited act, which a link followed in passing must not make.
  app.post(
    '/api/threads/:id/author',
    {
      schema: {
        operationId: 'revealThreadAuthor',
        tags,
        summary: 'Organisers and admins: who wrote an anonymous thread (each look is audited)',
        params: ThreadParams,
        response: { 200: RevealedAuthor, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => anonymity.revealThreadAuthor(requireMember(request), request.params.id),
  );

  app.post(
    '/api/threads/:id/replies/:replyId/author',
    {
      schema: {
        operationId: 'revealReplyAuthor',
        tags,
        summary: 'Organisers and admins: who wrote an anonymous reply (each look is audited)',
        params: ReplyParams,
        response: { 200: RevealedAuthor, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      anonymity.revealReplyAuthor(
        requireMember(request),
        request.params.id,
        request.params.replyId,
      ),
  );
};
