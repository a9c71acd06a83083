import { SessionResponse } from '@praxis/contracts/auth';
import {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationListQuery,
  InvitationPage,
  InvitationPreview,
  InvitationTokenParams,
} from '@praxis/contracts/invitations';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember, requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createInvitationService } from './invitations.service.ts';

export const invitationRoutes: FastifyPluginAsyncZod<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  const invitations = createInvitationService({
    db: app.db,
    mailer: app.mailer,
    publicOrigin: options.publicOrigin,
    log: app.log,
  });
  const tags = ['invitations'];

  app.post(
    '/api/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by e-mail (organisers: members; admins: any role)',
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const invitation = await invitations.create(requireMember(request), request.body);
      return reply.code(201).send(invitation);
    },
  );

  app.get(
    '/api/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations sent, newest first',
        querystring: InvitationListQuery,
        response: { 200: InvitationPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['organiser', 'admin']);
      return invitations.list(request.query);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for, before accepting it',
        params: InvitationTokenParams,
        response: { 200: InvitationPreview, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation: create the account and sign in',
        params: InvitationTokenParams,
        body: AcceptInvitationBody,
        response: { 201: SessionResponse, ...errorResponses(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const member = await invitations.accept(request.params.token, request.body);
      await app.sessions.start(request, reply, member.id);
      return reply.code(201).send({ member });
    },
  );
};
