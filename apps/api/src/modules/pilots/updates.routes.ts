import { PageQuery } from '@praxis/contracts/common';
import {
  NewPilotUpdateBody,
  PilotMeetupParams,
  PilotUpdate,
  PilotUpdateEditBody,
  PilotUpdatePage,
  PilotUpdateParams,
  SinceLastExchange,
} from '@praxis/contracts/pilot-updates';
import { PilotParams } from '@praxis/contracts/pilots';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createBoardService } from './board.service.ts';
import { createUpdateService } from './updates.service.ts';

export const pilotUpdateRoutes: FastifyPluginAsyncZod = async (app) => {
  const updates = createUpdateService(app.db);
  const board = createBoardService(app.db);
  const tags = ['pilots'];

  app.get(
    '/api/pilots/:id/updates',
    {
      schema: {
        operationId: 'listPilotUpdates',
        tags,
        summary: "A pilot's timeline of updates and stage changes, newest first",
        params: PilotParams,
        querystring: PageQuery,
        response: { 200: PilotUpdatePage, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => updates.timeline(requireMember(request), request.params.id, request.query),
  );

  app.post(
    '/api/pilots/:id/updates',
    {
      schema: {
        operationId: 'postPilotUpdate',
        tags,
        summary: 'Post a dated update (its team); it may move the stage',
        params: PilotParams,
        body: NewPilotUpdateBody,
        response: { 201: PilotUpdate, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const update = await updates.post(requireMember(request), request.params.id, request.body);
      return reply.code(201).send(update);
    },
  );

  app.patch(
    '/api/pilots/:id/updates/:updateId',
    {
      schema: {
        operationId: 'editPilotUpdate',
        tags,
        summary: "Edit an update's text or day (its author and organisers)",
        params: PilotUpdateParams,
        body: PilotUpdateEditBody,
        response: { 200: PilotUpdate, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updates.edit(
        requireMember(request),
        request.params.id,
        request.params.updateId,
        request.body,
      ),
  );

  app.delete(
    '/api/pilots/:id/updates/:updateId',
    {
      schema: {
        operationId: 'deletePilotUpdate',
        tags,
        summary: 'Delete an update (its author and organisers); the stage stays',
        params: PilotUpdateParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await updates.remove(requireMember(request), request.params.id, request.params.updateId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/meetups/:id/since-last-exchange',
    {
      schema: {
        operationId: 'getSinceLastExchange',
        tags,
        summary:
          'Pilot updates, stage changes and new lessons of the invited cohorts since the previous meetup of the series',
        params: PilotMeetupParams,
        response: { 200: SinceLastExchange, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => board.sinceLastExchange(requireMember(request), request.params.id),
  );
};
