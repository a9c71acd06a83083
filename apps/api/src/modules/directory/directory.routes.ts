import { DirectoryPage, DirectoryQuery } from '@praxis/contracts/directory';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SEARCH_RATE_LIMIT } from '../../lib/full-text.ts';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createDirectoryService } from './directory.service.ts';

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const directory = createDirectoryService(app.db, (error) =>
    app.log.error({ err: error }, 'counting the directory facets again failed'),
  );

  app.get(
    '/api/members',
    {
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'listMembers',
        tags: ['members'],
        summary: 'Find members: full-text search, filters with counts, keyset pages',
        querystring: DirectoryQuery,
        response: { 200: DirectoryPage, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => {
      requireMember(request);
      return directory.search(request.query);
    },
  );
};
