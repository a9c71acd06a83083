import { Outcomes, OutcomesQuery } from '@praxis/contracts/outcomes';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { outcomes } from './outcomes.service.ts';

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/outcomes',
    {
      schema: {
        operationId: 'getOutcomes',
        tags: ['outcomes'],
        summary:
          'For organisers and admins: questions, stories, advice, active members, newcomers and meetup funnels, by programme, cohort and months',
        querystring: OutcomesQuery,
        response: { 200: Outcomes, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => outcomes(app.db, requireMember(request), request.query),
  );
};
