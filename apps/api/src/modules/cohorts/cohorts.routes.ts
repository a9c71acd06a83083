import {
  CohortBody,
  CohortDetail,
  CohortMemberParams,
  CohortMembersAdded,
  CohortMembersBody,
  IdParams,
  ProgrammeBody,
  ProgrammeList,
} from '@praxis/contracts/cohorts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createCohortService } from './cohorts.service.ts';

export const cohortRoutes: FastifyPluginAsyncZod = async (app) => {
  const cohorts = createCohortService(app.db);
  const tags = ['cohorts'];

  app.get(
    '/api/programmes',
    {
      schema: {
        operationId: 'listProgrammes',
        tags,
        summary: 'Programmes and their cohorts, newest cohort first',
        response: { 200: ProgrammeList, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireMember(request);
      return cohorts.list();
    },
  );

  app.post(
    '/api/programmes',
    {
      schema: {
        operationId: 'createProgramme',
        tags,
        summary: 'Create a programme (organisers and admins)',
        body: ProgrammeBody,
        response: {
          201: z.object({ id: z.uuid(), name: z.string(), description: z.string() }),
          ...errorResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) => {
      const programme = await cohorts.createProgramme(requireMember(request), request.body);
      return reply.code(201).send(programme);
    },
  );

  app.post(
    '/api/programmes/:id/cohorts',
    {
      schema: {
        operationId: 'createCohort',
        tags,
        summary: 'Create a cohort in a programme (organisers and admins)',
        params: IdParams,
        body: CohortBody,
        response: { 201: CohortDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const cohort = await cohorts.createCohort(
        requireMember(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(cohort);
    },
  );

  app.get(
    '/api/cohorts/:id',
    {
      schema: {
        operationId: 'getCohort',
        tags,
        summary: 'A cohort: its programme, dates and organisers',
        params: IdParams,
        response: { 200: CohortDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      requireMember(request);
      return cohorts.detail(request.params.id);
    },
  );

  app.post(
    '/api/cohorts/:id/members',
    {
      schema: {
        operationId: 'addCohortMembers',
        tags,
        summary: 'Add existing members to a cohort (organisers and admins)',
        params: IdParams,
        body: CohortMembersBody,
        response: { 200: CohortMembersAdded, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      cohorts.addMembers(requireMember(request), request.params.id, request.body.memberIds),
  );

  app.delete(
    '/api/cohorts/:id/members/:memberId',
    {
      schema: {
        operationId: 'removeCohortMember',
        tags,
        summary: 'Remove a member from a cohort (organisers and admins)',
        params: CohortMemberParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await cohorts.removeMember(
        requireMember(request),
        request.params.id,
        request.params.memberId,
      );
      return reply.code(204).send(null);
    },
  );
};
