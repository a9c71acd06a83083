import { AuditActors, AuditFilters, AuditPage, AuditQuery } from '@praxis/contracts/audit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAuditService } from './audit.service.ts';

const tags = ['audit'];

/**
 * The audit log, for organisers and admins: read and downloaded, never changed. No route here
 * (nor anywhere) updates or deletes an entry.
 */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit = createAuditService(app.db);

  app.get(
    '/api/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags,
        summary:
          'What organisers and admins did, newest first, filtered by action, actor, target and period (organisers and admins)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { cursor, limit, ...filters } = request.query;
      return audit.page(requireMember(request), filters, cursor, limit);
    },
  );

  app.get(
    '/api/audit/actors',
    {
      schema: {
        operationId: 'listAuditActors',
        tags,
        summary: 'Everyone who acted in the audit log, for its filter (organisers and admins)',
        response: { 200: AuditActors, ...errorResponses(401, 403) },
      },
    },
    async (request) => audit.actors(requireMember(request)),
  );

  app.get(
    '/api/audit.csv',
    {
      schema: {
        operationId: 'exportAuditEntries',
        tags,
        summary: 'The audit entries the filters select, as CSV (organisers and admins)',
        querystring: AuditFilters,
        response: { 200: z.string(), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await audit.csv(
        requireMember(request),
        request.query,
        request.locale,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
};
