import {
  CohortTracks,
  CohortTracksBody,
  IdParams,
  Track,
  TrackBody,
  TrackList,
  TrackParams,
  TrackUpdateBody,
} from '@praxis/contracts/cohorts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createTrackService } from './tracks.service.ts';

export const trackRoutes: FastifyPluginAsyncZod = async (app) => {
  const tracks = createTrackService(app.db);
  const tags = ['cohorts'];

  app.get(
    '/api/programmes/:id/tracks',
    {
      schema: {
        operationId: 'listProgrammeTracks',
        tags,
        summary: "A programme's tracks, with the cohorts in each",
        params: IdParams,
        response: { 200: TrackList, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      requireMember(request);
      return tracks.list(request.params.id);
    },
  );

  app.post(
    '/api/programmes/:id/tracks',
    {
      schema: {
        operationId: 'createTrack',
        tags,
        summary: 'Add a track to a programme (organisers and admins)',
        params: IdParams,
        body: TrackBody,
        response: { 201: Track, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const track = await tracks.create(requireMember(request), request.params.id, request.body);
      return reply.code(201).send(track);
    },
  );

  app.patch(
    '/api/tracks/:id',
    {
      schema: {
        operationId: 'changeTrack',
        tags,
        summary: 'Rename a track or change its kind (organisers and admins)',
        params: TrackParams,
        body: TrackUpdateBody,
        response: { 200: Track, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => tracks.change(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/tracks/:id',
    {
      schema: {
        operationId: 'deleteTrack',
        tags,
        summary: 'Delete a track; its cohorts and pilots lose it (organisers and admins)',
        params: TrackParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await tracks.remove(requireMember(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/cohorts/:id/tracks',
    {
      schema: {
        operationId: 'getCohortTracks',
        tags,
        summary: 'The tracks a cohort belongs to',
        params: IdParams,
        response: { 200: CohortTracks, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      requireMember(request);
      return tracks.ofCohort(request.params.id);
    },
  );

  app.put(
    '/api/cohorts/:id/tracks',
    {
      schema: {
        operationId: 'setCohortTracks',
        tags,
        summary: "Set every track a cohort belongs to, of its programme's (organisers and admins)",
        params: IdParams,
        body: CohortTracksBody,
        response: { 200: CohortTracks, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      tracks.setForCohort(requireMember(request), request.params.id, request.body.trackIds),
  );
};
