import { AdviceRequestBody, Advisers } from '@praxis/contracts/advice';
import { ThreadParams } from '@praxis/contracts/threads';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { type AdviceOptions, createAdviceService } from './advice.service.ts';

export const adviceRoutes: FastifyPluginAsyncZod<AdviceOptions> = async (app, options) => {
  const advice = createAdviceService(app.db, options);
  const tags = ['advice'];

  app.get(
    '/api/threads/:id/advisers',
    {
      schema: {
        operationId: 'listAdvisers',
        tags,
        summary:
          'For the asker and organisers: members open to advise who best match a question, and who was asked when',
        params: ThreadParams,
        response: { 200: Advisers, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => advice.advisers(requireMember(request), request.params.id),
  );

  app.post(
    '/api/threads/:id/advice-requests',
    {
      schema: {
        operationId: 'requestAdvice',
        tags,
        summary:
          'Ask members for advice on your question; each is notified once. 409 for an adviser who is full this month or away',
        params: ThreadParams,
        body: AdviceRequestBody,
        response: { 200: Advisers, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      advice.ask(requireMember(request), request.params.id, request.body.memberIds),
  );
};
