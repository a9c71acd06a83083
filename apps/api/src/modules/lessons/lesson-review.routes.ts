import { ReasonBody } from '@praxis/contracts/audit';
import {
  LessonConsentBody,
  LessonDetail,
  LessonParams,
  LessonReview,
  LessonReviewPage,
  LessonSourceParams,
  LessonSourceRef,
} from '@praxis/contracts/lessons';
import { LessonReviewQuery } from '@praxis/contracts/library';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createLessonConsentService } from './lesson-consent.service.ts';
import { createLessonReviewService } from './lesson-review.service.ts';

/** A lesson's sources, its review by their authors, and its publication. */
export const lessonReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const review = createLessonReviewService(app.db);
  const consent = createLessonConsentService(app.db);
  const tags = ['lessons'];

  app.get(
    '/api/lessons/reviews',
    {
      schema: {
        operationId: 'listLessonReviewsAskedOfMe',
        tags,
        summary: 'Lessons drawn from your posts that ask whether they may quote you',
        querystring: LessonReviewQuery,
        response: { 200: LessonReviewPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => consent.reviews(requireMember(request), request.query),
  );

  app.post(
    '/api/lessons/:id/sources',
    {
      schema: {
        operationId: 'addLessonSource',
        tags,
        summary: 'Add a source to a draft lesson (its authors and organisers)',
        params: LessonParams,
        body: LessonSourceRef,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => review.addSource(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/lessons/:id/sources/:sourceId',
    {
      schema: {
        operationId: 'removeLessonSource',
        tags,
        summary: 'Remove a source from a draft lesson (its authors and organisers)',
        params: LessonSourceParams,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      review.removeSource(requireMember(request), request.params.id, request.params.sourceId),
  );

  app.put(
    '/api/lessons/:id/sources/:sourceId/consent',
    {
      schema: {
        operationId: 'answerLessonReview',
        tags,
        summary:
          'As the author of a source: may the lesson quote you, and reach beyond your cohort?',
        params: LessonSourceParams,
        body: LessonConsentBody,
        response: { 200: LessonReview, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      consent.answer(
        requireMember(request),
        request.params.id,
        request.params.sourceId,
        request.body,
      ),
  );

  app.post(
    '/api/lessons/:id/submit',
    {
      schema: {
        operationId: 'submitLesson',
        tags,
        summary: 'Send a draft lesson to review: the authors of its sources are asked',
        params: LessonParams,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => review.submit(requireMember(request), request.params.id),
  );

  app.post(
    '/api/lessons/:id/publish',
    {
      schema: {
        operationId: 'publishLesson',
        tags,
        summary: 'Publish a reviewed lesson to the library (organisers)',
        params: LessonParams,
        body: ReasonBody,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      review.publish(requireMember(request), request.params.id, request.body?.reason),
  );

  app.post(
    '/api/lessons/:id/return-to-draft',
    {
      schema: {
        operationId: 'returnLessonToDraft',
        tags,
        summary: 'Take a lesson out of review or the library, back to draft (organisers)',
        params: LessonParams,
        body: ReasonBody,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      review.returnToDraft(requireMember(request), request.params.id, request.body?.reason),
  );
};
