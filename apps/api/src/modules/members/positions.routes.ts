import { OrganisationHistory, PositionBody, PositionParams } from '@praxis/contracts/positions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createPositionService } from './positions.service.ts';

export const positionRoutes: FastifyPluginAsyncZod = async (app) => {
  const positions = createPositionService(app.db);
  const tags = ['members'];

  app.get(
    '/api/profile/positions',
    {
      schema: {
        operationId: 'listOwnPositions',
        tags,
        summary: 'Your organisation history, newest first',
        response: { 200: OrganisationHistory, ...errorResponses(401) },
      },
    },
    async (request) => positions.list(requireMember(request)),
  );

  app.post(
    '/api/profile/positions',
    {
      schema: {
        operationId: 'addOwnPosition',
        tags,
        summary:
          'Add a post to your organisation history; the post you hold now, begun last, becomes your headline',
        body: PositionBody,
        response: { 201: OrganisationHistory, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await positions.add(requireMember(request), request.body)),
  );

  app.put(
    '/api/profile/positions/:id',
    {
      schema: {
        operationId: 'updateOwnPosition',
        tags,
        summary: 'Change a post of your organisation history',
        params: PositionParams,
        body: PositionBody,
        response: { 200: OrganisationHistory, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => positions.update(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/profile/positions/:id',
    {
      schema: {
        operationId: 'deleteOwnPosition',
        tags,
        summary: 'Remove a post from your organisation history',
        params: PositionParams,
        response: { 200: OrganisationHistory, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => positions.remove(requireMember(request), request.params.id),
  );
};
