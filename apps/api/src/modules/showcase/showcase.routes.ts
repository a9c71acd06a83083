import {
  PublishPilot,
  ShowcaseConsent,
  ShowcaseItem,
  ShowcaseItemPage,
  ShowcaseItemParams,
  ShowcaseItemQuery,
  ShowcaseLessonParams,
  ShowcasePilotParams,
  ShowcasePreview,
} from '@praxis/contracts/showcase';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createShowcaseService } from './showcase.service.ts';
import { createShowcaseConsentService } from './showcase-consent.service.ts';
import { withdrawNoLongerQualifying } from './showcase-withdrawals.service.ts';

export const showcaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const showcase = createShowcaseService(app.db, app.network);
  const consent = createShowcaseConsentService(app.db, app.network);
  const tags = ['showcase'];

  // A lesson or pilot that narrows in the network takes what the showcase copied of it down.
  app.realtime.on('lesson.narrowed', ({ lessonIds }) =>
    withdrawNoLongerQualifying(app.db, { lessonIds }),
  );
  app.realtime.on('pilot.narrowed', ({ pilotId }) =>
    withdrawNoLongerQualifying(app.db, { pilotId }),
  );

  app.post(
    '/api/showcase/lessons/:lessonId',
    {
      schema: {
        operationId: 'publishLessonToShowcase',
        tags,
        summary:
          'Ask to publish a library lesson to the public showcase (organisers): everyone it names is asked for consent',
        params: ShowcaseLessonParams,
        response: { 201: ShowcaseItem, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const item = await showcase.publishLesson(requireMember(request), request.params.lessonId);
      return reply.code(201).send(item);
    },
  );

  app.post(
    '/api/showcase/pilots/:pilotId',
    {
      schema: {
        operationId: 'publishPilotToShowcase',
        tags,
        summary:
          'Ask to publish a pilot to the public showcase with a summary written for the public (organisers): its team is asked for consent',
        params: ShowcasePilotParams,
        body: PublishPilot,
        response: { 201: ShowcaseItem, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const item = await showcase.publishPilot(
        requireMember(request),
        request.params.pilotId,
        request.body,
      );
      return reply.code(201).send(item);
    },
  );

  app.get(
    '/api/showcase/items',
    {
      schema: {
        operationId: 'listShowcaseItems',
        tags,
        summary:
          'Showcase items, newest request first: those naming the member (mine), or every one (all, organisers); optionally only those of one lesson or pilot',
        querystring: ShowcaseItemQuery,
        response: { 200: ShowcaseItemPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => showcase.list(requireMember(request), request.query),
  );

  app.get(
    '/api/showcase/items/:id',
    {
      schema: {
        operationId: 'getShowcaseItem',
        tags,
        summary:
          'Exactly what an item shows the public, with everyone it names and their answers (organisers and the people it names)',
        params: ShowcaseItemParams,
        response: { 200: ShowcasePreview, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => showcase.preview(requireMember(request), request.params.id),
  );

  app.put(
    '/api/showcase/items/:id/consent',
    {
      schema: {
        operationId: 'answerShowcaseConsent',
        tags,
        summary:
          'A named member consents (by name, organisation only, or not shown) or declines; declining takes the item down at once',
        params: ShowcaseItemParams,
        body: ShowcaseConsent,
        response: { 200: ShowcasePreview, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => consent.answer(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/showcase/items/:id',
    {
      schema: {
        operationId: 'unpublishShowcaseItem',
        tags,
        summary: 'Withdraw an item from the public showcase for good (organisers)',
        params: ShowcaseItemParams,
        response: { 200: ShowcaseItem, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => consent.unpublish(requireMember(request), request.params.id),
  );
};
