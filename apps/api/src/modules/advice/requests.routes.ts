import {
  AdviceInbox,
  AdviceInboxRequest,
  AdviceRequestParams,
  AdviceRequestStateBody,
  AdviceThanksBody,
  AdviserSettings,
  AdviserSettingsBody,
  MemberAdvice,
} from '@praxis/contracts/advice';
import { PageQuery } from '@praxis/contracts/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAvailabilityService } from './availability.service.ts';
import { createRequestsService } from './requests.service.ts';

export const adviceRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const availability = createAvailabilityService(app.db);
  const requests = createRequestsService(app.db);
  const tags = ['advice'];

  app.get(
    '/api/advice/settings',
    {
      schema: {
        operationId: 'getAdviserSettings',
        tags,
        summary: "The member's limits as an adviser, what they took on this month and thanks",
        response: { 200: AdviserSettings, ...errorResponses(401) },
      },
    },
    async (request) => availability.settings(requireMember(request)),
  );

  app.put(
    '/api/advice/settings',
    {
      schema: {
        operationId: 'updateAdviserSettings',
        tags,
        summary:
          'Set how many requests you take on a month (null: no limit) and a pause until a day',
        body: AdviserSettingsBody,
        response: { 200: AdviserSettings, ...errorResponses(400, 401) },
      },
    },
    async (request) => availability.update(requireMember(request), request.body),
  );

  app.get(
    '/api/advice/requests',
    {
      schema: {
        operationId: 'listAdviceRequests',
        tags,
        summary: 'The requests for your advice, newest first, with where each stands',
        querystring: PageQuery,
        response: { 200: AdviceInbox, ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      requests.inbox(requireMember(request), request.query.cursor, request.query.limit),
  );

  app.post(
    '/api/threads/:id/advice-requests/:memberId/state',
    {
      schema: {
        operationId: 'moveAdviceRequest',
        tags,
        summary:
          'The adviser accepts or declines a pending request; the adviser or the asker marks an accepted one done',
        params: AdviceRequestParams,
        body: AdviceRequestStateBody,
        response: { 200: AdviceInboxRequest, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      requests.move(
        requireMember(request),
        { threadId: request.params.id, memberId: request.params.memberId },
        request.body,
      ),
  );

  app.put(
    '/api/threads/:id/advice-requests/:memberId/thanks',
    {
      schema: {
        operationId: 'thankAdviser',
        tags,
        summary: 'The asker answers "Did this help?" once the request is done',
        params: AdviceRequestParams,
        body: AdviceThanksBody,
        response: { 200: AdviceInboxRequest, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      requests.thank(
        requireMember(request),
        { threadId: request.params.id, memberId: request.params.memberId },
        request.body.helped,
      ),
  );

  app.get(
    '/api/advice/members/:memberId',
    {
      schema: {
        operationId: 'getMemberAdvice',
        tags,
        summary: 'How many people said a member’s advice helped them: a count, never a score',
        params: z.object({ memberId: AdviceRequestParams.shape.memberId }),
        response: { 200: MemberAdvice, ...errorResponses(400, 401) },
      },
    },
    async (request) => availability.memberAdvice(requireMember(request), request.params.memberId),
  );
};
