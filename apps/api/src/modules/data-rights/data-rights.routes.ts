import {
  AccountDeletion,
  AccountDeletionBody,
  DataExport,
  DataExportParams,
  DataExportState,
  MemberDeletionBody,
} from '@praxis/contracts/data-rights';
import { HandleParams } from '@praxis/contracts/profiles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createDataRightsService } from './data-rights.service.ts';

const ZipBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

export const dataRightsRoutes: FastifyPluginAsyncZod = async (app) => {
  const rights = createDataRightsService({
    db: app.db,
    throttle: app.throttle,
    areas: () => app.memberData.areas(),
    endAllSessions: (memberId) => app.sessions.endAll(memberId),
    kickJobs: () => void app.jobs.kick(),
  });
  const tags = ['account'];

  app.get(
    '/api/account/exports/latest',
    {
      schema: {
        operationId: 'getLatestDataExport',
        tags,
        summary: 'Your latest download of your data: being prepared, ready, or expired',
        response: { 200: DataExportState, ...errorResponses(401) },
      },
    },
    async (request) => rights.latestExport(requireMember(request)),
  );

  app.post(
    '/api/account/exports',
    {
      schema: {
        operationId: 'requestDataExport',
        tags,
        summary:
          'Ask for a zip of everything Praxis holds about you; it is prepared in the background and a link is e-mailed when it is ready',
        response: { 202: DataExport, ...errorResponses(401, 429) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await rights.requestExport(requireMember(request))),
  );

  app.get(
    '/api/account/exports/:id/download',
    {
      schema: {
        operationId: 'downloadDataExport',
        tags,
        summary: 'Download your data as a zip, while the export has not expired (yours only)',
        params: DataExportParams,
        response: {
          200: {
            description: 'The zip: one JSON file per area, your files and your meetups (.ics)',
            content: { 'application/zip': { schema: ZipBytes } },
          },
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const zip = await rights.download(requireMember(request), request.params.id);
      return reply
        .type('application/zip')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'attachment; filename="praxis-data.zip"')
        .send(zip);
    },
  );

  app.post(
    '/api/account/deletion',
    {
      schema: {
        operationId: 'deleteOwnAccount',
        tags,
        summary:
          'Delete your account: you are signed out everywhere at once, your direct messages are erased, your posts kept as a former member’s or erased, and the rest of your data erased after 30 days',
        body: AccountDeletionBody,
        response: { 200: AccountDeletion, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { mode, password } = request.body;
      const deletion = await rights.deleteOwnAccount(requireMember(request), mode, password);
      await app.sessions.end(request, reply);
      return deletion;
    },
  );

  app.post(
    '/api/members/:handle/exports',
    {
      schema: {
        operationId: 'requestMemberDataExport',
        tags,
        summary:
          "Prepare a member's data export on their behalf (admins only); the link is mailed to the member and works for them alone",
        params: HandleParams,
        response: { 202: DataExport, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await rights.requestExportFor(requireMember(request), request.params.handle)),
  );

  app.post(
    '/api/members/:handle/deletion',
    {
      schema: {
        operationId: 'deleteMemberAccount',
        tags,
        summary:
          "Delete a member's account as they could themselves, with the reason kept in the audit log (admins only)",
        params: HandleParams,
        body: MemberDeletionBody,
        response: { 200: AccountDeletion, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { mode, reason } = request.body;
      return rights.deleteMember(requireMember(request), request.params.handle, mode, reason);
    },
  );
};
