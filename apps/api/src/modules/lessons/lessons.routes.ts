import {
  DrawnFromList,
  LessonDetail,
  LessonHelpful,
  LessonPage,
  LessonParams,
  LessonTranslationBody,
  LessonUpdateBody,
  NewLessonBody,
} from '@praxis/contracts/lessons';
import {
  DrawnFromQuery,
  LessonExportQuery,
  LessonListQuery,
  LessonPageQuery,
} from '@praxis/contracts/library';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SEARCH_RATE_LIMIT } from '../../lib/full-text.ts';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createLessonExportService } from './lesson-export.service.ts';
import { createLessonTranslationService } from './lesson-translations.service.ts';
import { createLessonService } from './lessons.service.ts';

/** The practice library: reading, writing and exporting lessons (their review: lesson-review.routes.ts). */
export const lessonRoutes: FastifyPluginAsyncZod<{ publicOrigin: string }> = async (
  app,
  options,
) => {
  const lessons = createLessonService(app.db);
  const translations = createLessonTranslationService(app.db);
  const exports = createLessonExportService(app.db, options.publicOrigin);
  const tags = ['lessons'];

  app.get(
    '/api/lessons',
    {
      // Searched by words like every search, so limited like them: no one keeps the database busy.
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'listLessons',
        tags,
        summary: 'The library: published lessons you can see, filtered, searched and sorted',
        querystring: LessonListQuery,
        response: { 200: LessonPage, ...errorResponses(400, 401, 503) },
      },
    },
    async (request) => lessons.list(requireMember(request), request.query),
  );

  app.post(
    '/api/lessons',
    {
      schema: {
        operationId: 'createLesson',
        tags,
        summary:
          'Turn a solved question, a story, meetup notes or an agenda item into a draft lesson',
        body: NewLessonBody,
        response: { 201: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await lessons.create(requireMember(request), request.body)),
  );

  app.get(
    '/api/lessons/drawn-from',
    {
      schema: {
        operationId: 'listLessonsDrawnFrom',
        tags,
        summary: 'The lessons you can see that draw on a thread or a meetup',
        querystring: DrawnFromQuery,
        response: { 200: DrawnFromList, ...errorResponses(400, 401) },
      },
    },
    async (request) => lessons.drawnFrom(requireMember(request), request.query),
  );

  app.get(
    '/api/lessons/drafts',
    {
      schema: {
        operationId: 'listMyLessonDrafts',
        tags,
        summary: 'Your draft lessons, last changed first (to add a source to one)',
        querystring: LessonPageQuery,
        response: { 200: LessonPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => lessons.drafts(requireMember(request), request.query),
  );

  app.get(
    '/api/lessons/export.md',
    {
      // Searched by words like every search, so limited like them: no one keeps the database busy.
      config: { rateLimit: SEARCH_RATE_LIMIT },
      schema: {
        operationId: 'exportLessons',
        tags,
        summary: 'Lessons as Markdown case submissions: these ids, or the library filters',
        querystring: LessonExportQuery,
        response: { 200: z.string(), ...errorResponses(400, 401, 503) },
      },
    },
    async (request, reply) => {
      const { filename, markdown } = await exports.set(
        requireMember(request),
        request.query,
        request.locale,
      );
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(markdown);
    },
  );

  app.get(
    '/api/lessons/:id',
    {
      schema: {
        operationId: 'getLesson',
        tags,
        summary: 'A lesson, with the sources you may see and what you may do',
        params: LessonParams,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => lessons.detail(requireMember(request), request.params.id),
  );

  app.get(
    '/api/lessons/:id/export.md',
    {
      schema: {
        operationId: 'exportLesson',
        tags,
        summary: 'One lesson as a Markdown case submission',
        params: LessonParams,
        response: { 200: z.string(), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { filename, markdown } = await exports.one(
        requireMember(request),
        request.params.id,
        request.locale,
      );
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(markdown);
    },
  );

  app.patch(
    '/api/lessons/:id',
    {
      schema: {
        operationId: 'updateLesson',
        tags,
        summary: 'Edit a lesson (its authors and organisers); fields left out stay as they are',
        params: LessonParams,
        body: LessonUpdateBody,
        response: { 200: LessonDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => lessons.update(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/lessons/:id',
    {
      schema: {
        operationId: 'deleteLesson',
        tags,
        summary: 'Delete a draft lesson (its authors and organisers)',
        params: LessonParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await lessons.remove(requireMember(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  for (const [method, helpful] of [
    ['post', true],
    ['delete', false],
  ] as const) {
    app[method](
      '/api/lessons/:id/helpful',
      {
        schema: {
          operationId: helpful ? 'markLessonHelpful' : 'unmarkLessonHelpful',
          tags,
          summary: helpful ? 'Mark a published lesson helpful' : 'Take back your helpful mark',
          params: LessonParams,
          response: { 200: LessonHelpful, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => lessons.markHelpful(requireMember(request), request.params.id, helpful),
    );
  }

  app.post(
    '/api/lessons/:id/translations',
    {
      schema: {
        operationId: 'translateLesson',
        tags,
        summary: 'Publish a translation of a published lesson, in another language',
        params: LessonParams,
        body: LessonTranslationBody,
        response: { 201: LessonDetail, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await translations.translate(requireMember(request), request.params.id, request.body),
        ),
  );
};
