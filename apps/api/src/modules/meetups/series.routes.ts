import {
  SeriesBody,
  SeriesDetail,
  SeriesList,
  SeriesParams,
  SuggestedSlots,
} from '@praxis/contracts/meetups';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createSeriesService } from './series.service.ts';

/** The meetup series: listed, created, read, and the dates they suggest for the next meetup. */
export const meetupSeriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const series = createSeriesService(app.db);
  const tags = ['meetups'];

  app.get(
    '/api/meetup-series',
    {
      schema: {
        operationId: 'listMeetupSeries',
        tags,
        summary: 'Meetup series you are invited to, with when each is next due',
        response: { 200: SeriesList, ...errorResponses(401) },
      },
    },
    async (request) => series.list(requireMember(request)),
  );

  app.post(
    '/api/meetup-series',
    {
      schema: {
        operationId: 'createMeetupSeries',
        tags,
        summary: 'Create a meetup series (organisers)',
        body: SeriesBody,
        response: { 201: SeriesDetail, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await series.create(requireMember(request), request.body)),
  );

  app.get(
    '/api/meetup-series/:id',
    {
      schema: {
        operationId: 'getMeetupSeries',
        tags,
        summary: 'A series: its meetups past and upcoming, and when the next is due',
        params: SeriesParams,
        response: { 200: SeriesDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => series.detail(requireMember(request), request.params.id),
  );

  app.get(
    '/api/meetup-series/:id/suggested-slots',
    {
      schema: {
        operationId: 'suggestMeetupSlots',
        tags,
        summary: 'Candidate dates in the window the series is due',
        params: SeriesParams,
        response: { 200: SuggestedSlots, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => series.suggestedSlots(requireMember(request), request.params.id),
  );
};
