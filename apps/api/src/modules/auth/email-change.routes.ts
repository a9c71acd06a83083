import {
  AcceptedResponse,
  EmailChangeBody,
  EmailChangeConfirmBody,
  EmailChangeConfirmed,
} from '@praxis/contracts/auth';
import { translate } from '@praxis/i18n/translate';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createEmailChangeService } from './email-change.service.ts';

export const emailChangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const changes = createEmailChangeService({
    db: app.db,
    throttle: app.throttle,
    kickJobs: () => void app.jobs.kick(),
    endAllSessions: (memberId) => app.sessions.endAll(memberId),
  });
  const tags = ['auth'];

  app.post(
    '/api/account/email',
    {
      schema: {
        operationId: 'requestEmailChange',
        tags,
        summary:
          'Ask to sign in with another address: a link valid 24 hours goes to it, a notice to the current one',
        body: EmailChangeBody,
        response: { 202: AcceptedResponse, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      await changes.request(requireMember(request), request.body);
      return reply.code(202).send({
        message: translate(request.locale, 'errors.emailChange.linkSent', {
          email: request.body.newEmail.toLowerCase(),
        }),
      });
    },
  );

  app.post(
    '/api/account/email/confirm',
    {
      // The link may be opened in a browser signed in as no one: the token is the proof.
      config: { access: 'public' },
      schema: {
        operationId: 'confirmEmailChange',
        tags,
        summary:
          'Move the account to the new address, with the link e-mailed to it (once); every session of the member ends',
        body: EmailChangeConfirmBody,
        response: { 200: EmailChangeConfirmed, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const moved = await changes.confirm(request.body.token);
      // This browser's session, if any, ended with the others: its cookie goes too.
      if (request.sessionToken) await app.sessions.end(request, reply);
      return moved;
    },
  );

  app.post(
    '/api/account/email/cancel',
    {
      // Opened from the notice to the old address, perhaps by someone who cannot sign in.
      config: { access: 'public' },
      schema: {
        operationId: 'cancelEmailChange',
        tags,
        summary:
          'Withdraw an address change, with the single-use link in the notice sent to the current address',
        body: EmailChangeConfirmBody,
        response: { 200: AcceptedResponse, ...errorResponses(400) },
      },
    },
    async (request) => {
      await changes.cancel(request.body.token);
      return { message: translate(request.locale, 'errors.emailChange.cancelled') };
    },
  );
};
