import { OutboxPage, OutboxQuery } from '@praxis/contracts/outbox';
import { msg } from '@praxis/i18n/message-ref';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeCursor, pageOf } from '../../pagination.ts';
import { requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { listOutbox } from './outbox.repository.ts';

/** With no SMTP server configured, e-mail lands in the outbox; admins read it here. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['outbox'],
        summary: 'E-mail kept in the outbox, newest first (admins)',
        querystring: OutboxQuery,
        response: { 200: OutboxPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['admin'], msg('errors.outbox.onlyAdminsRead'));
      const rows = await listOutbox(
        app.db,
        decodeCursor(request.query.cursor),
        request.query.limit,
      );
      const { page, nextCursor } = pageOf(rows, request.query.limit);
      return {
        emails: page.map((email) => ({ ...email, createdAt: email.createdAt.toISOString() })),
        nextCursor,
      };
    },
  );
};
