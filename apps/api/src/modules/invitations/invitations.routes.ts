import { ReasonBody } from '@praxis/contracts/audit';
import { SessionResponse } from '@praxis/contracts/auth';
import { IdParams } from '@praxis/contracts/cohorts';
import {
  AcceptInvitationBody,
  CohortInvitationsBody,
  CohortInvitationsQueued,
  CreatedInvitation,
  CreateInvitationBody,
  ExistingMembersAdded,
  ExistingMembersBody,
  Invitation,
  InvitationIdParams,
  InvitationListQuery,
  InvitationPage,
  InvitationPreview,
  InvitationTokenParams,
  InviteeListBody,
  InviteeListCheck,
} from '@praxis/contracts/invitations';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { formatMsg } from '@praxis/i18n/translate';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember, requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createCohortInvitationService } from './cohort-invitations.service.ts';
import { createInvitationService } from './invitations.service.ts';

/** The services name each row's reason by catalog key; the answer gives it in `locale`. */
function reasonsIn<Row extends { reason: string }>(locale: Locale, rows: Row[]): Row[] {
  return rows.map((row) => ({ ...row, reason: formatMsg(locale, row.reason) }));
}

export const invitationRoutes: FastifyPluginAsyncZod<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  const invitations = createInvitationService({
    db: app.db,
    mailer: app.mailer,
    publicOrigin: options.publicOrigin,
    log: app.log,
    jobs: app.jobs,
    networkLocale: () => app.locales.networkDefault(),
  });
  const cohortInvitations = createCohortInvitationService({ db: app.db, jobs: app.jobs });
  const tags = ['invitations'];

  app.post(
    '/api/invitations',
    {
      schema: {
        operationId: 'createInvitation',
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
        operationId: 'listInvitations',
        tags,
        summary: 'Invitations sent, newest first; by cohort and by status',
        querystring: InvitationListQuery,
        response: { 200: InvitationPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['organiser', 'admin'], msg('errors.invitations.onlyOrganisersList'));
      return cohortInvitations.list(request.query);
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getInvitation',
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
      config: { access: 'public' },
      schema: {
        operationId: 'acceptInvitation',
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

  app.post(
    '/api/cohorts/:id/invitations/check',
    {
      schema: {
        operationId: 'checkCohortInvitations',
        tags,
        summary: 'Check a pasted list or CSV of people to invite into a cohort; sends nothing',
        params: IdParams,
        body: InviteeListBody,
        response: { 200: InviteeListCheck, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const check = await cohortInvitations.checkList(
        requireMember(request),
        request.params.id,
        request.body.text,
      );
      return { ...check, invalid: reasonsIn(request.locale, check.invalid) };
    },
  );

  app.post(
    '/api/cohorts/:id/invitations',
    {
      schema: {
        operationId: 'inviteCohort',
        tags,
        summary: 'Invite people into a cohort; their e-mails go out in the background',
        params: IdParams,
        body: CohortInvitationsBody,
        response: { 202: CohortInvitationsQueued, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const queued = await cohortInvitations.inviteToCohort(
        requireMember(request),
        request.params.id,
        request.body.invitees,
      );
      return reply
        .code(202)
        .send({ ...queued, skipped: reasonsIn(request.locale, queued.skipped) });
    },
  );

  app.post(
    '/api/cohorts/:id/invitations/existing-members',
    {
      schema: {
        operationId: 'addExistingMembersToCohort',
        tags,
        summary:
          'Add people from a checked list who already have an account to the cohort, without inviting them',
        params: IdParams,
        body: ExistingMembersBody,
        response: { 200: ExistingMembersAdded, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const added = await cohortInvitations.addExistingMembers(
        requireMember(request),
        request.params.id,
        request.body.emails,
      );
      return { ...added, skipped: reasonsIn(request.locale, added.skipped) };
    },
  );

  for (const action of ['resend', 'revoke'] as const) {
    app.post(
      `/api/invitations/:id/${action}`,
      {
        schema: {
          operationId: `${action}Invitation`,
          tags,
          summary:
            action === 'resend'
              ? 'Send a pending invitation again, with a new link'
              : 'Withdraw a pending invitation; its link stops working',
          params: InvitationIdParams,
          body: ReasonBody,
          response: { 200: Invitation, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        cohortInvitations[action](requireMember(request), request.params.id, request.body?.reason),
    );
  }

  app.post(
    '/api/invitations/:token/join',
    {
      schema: {
        operationId: 'joinWithInvitation',
        tags,
        summary: 'Accept an invitation with the account you are signed in with: join its cohort',
        params: InvitationTokenParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const member = requireMember(request);
      await invitations.join(member, request.params.token);
      return reply.code(204).send(null);
    },
  );
};
