import { MemberPilots, MemberPilotsParams } from '@praxis/contracts/pilot-updates';
import {
  FollowState,
  LinkedPilots,
  LinkedPilotsQuery,
  NewPilotBody,
  PilotBoard,
  PilotBoardQuery,
  PilotDetail,
  PilotFollowBody,
  PilotLink,
  PilotLinkBody,
  PilotLinkParams,
  PilotParams,
  PilotProfileBody,
  PilotTeamParams,
  TeamMemberBody,
} from '@praxis/contracts/pilots';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createBoardService } from './board.service.ts';
import { createLinkService } from './links.service.ts';
import { createPilotService } from './pilots.service.ts';
import { createTeamService } from './team.service.ts';

export const pilotRoutes: FastifyPluginAsyncZod = async (app) => {
  const pilots = createPilotService(app.db);
  const board = createBoardService(app.db);
  const links = createLinkService(app.db);
  const team = createTeamService(app.db);
  const tags = ['pilots'];

  app.get(
    '/api/pilots',
    {
      schema: {
        operationId: 'listPilots',
        tags,
        summary: 'The pilots board (of a programme, with filters), by stage then latest change',
        querystring: PilotBoardQuery,
        response: { 200: PilotBoard, ...errorResponses(400, 401) },
      },
    },
    async (request) => board.board(requireMember(request), request.query),
  );

  app.post(
    '/api/pilots',
    {
      schema: {
        operationId: 'createPilot',
        tags,
        summary: 'Start a pilot in a programme (organisers and members of its cohorts)',
        body: NewPilotBody,
        response: { 201: PilotDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const pilot = await pilots.create(requireMember(request), request.body);
      return reply.code(201).send(pilot);
    },
  );

  app.get(
    '/api/pilots/linked',
    {
      schema: {
        operationId: 'listLinkedPilots',
        tags,
        summary: 'The pilots linked to a thread, lesson, meetup contribution or meetup',
        querystring: LinkedPilotsQuery,
        response: { 200: LinkedPilots, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => links.linkedTo(requireMember(request), request.query),
  );

  app.get(
    '/api/pilots/:id',
    {
      schema: {
        operationId: 'getPilot',
        tags,
        summary: 'A pilot with its team, organisations and links',
        params: PilotParams,
        response: { 200: PilotDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => pilots.detail(requireMember(request), request.params.id),
  );

  app.patch(
    '/api/pilots/:id',
    {
      schema: {
        operationId: 'changePilot',
        tags,
        summary: "Change a pilot's profile (its team and organisers)",
        params: PilotParams,
        body: PilotProfileBody,
        response: { 200: PilotDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => pilots.change(requireMember(request), request.params.id, request.body),
  );

  app.delete(
    '/api/pilots/:id',
    {
      schema: {
        operationId: 'deletePilot',
        tags,
        summary: 'Delete a pilot with its updates and links (its team and organisers)',
        params: PilotParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await pilots.remove(requireMember(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/pilots/:id/team/:memberId',
    {
      schema: {
        operationId: 'putPilotTeamMember',
        tags,
        summary: "Add a member to a pilot's team with a role, or change their role",
        params: PilotTeamParams,
        body: TeamMemberBody,
        response: { 200: PilotDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      team.putTeamMember(
        requireMember(request),
        request.params.id,
        request.params.memberId,
        request.body.role,
      ),
  );

  app.delete(
    '/api/pilots/:id/team/:memberId',
    {
      schema: {
        operationId: 'removePilotTeamMember',
        tags,
        summary: "Take a member off a pilot's team; a pilot keeps at least one",
        params: PilotTeamParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await team.removeTeamMember(
        requireMember(request),
        request.params.id,
        request.params.memberId,
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/pilots/:id/following',
    {
      schema: {
        operationId: 'setPilotFollowing',
        tags,
        summary: 'Follow or unfollow a pilot',
        params: PilotParams,
        body: PilotFollowBody,
        response: { 200: FollowState, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) =>
      pilots.follow(requireMember(request), request.params.id, request.body.following),
  );

  app.post(
    '/api/pilots/:id/links',
    {
      schema: {
        operationId: 'linkPilot',
        tags,
        summary: 'Link a pilot to a thread, lesson or meetup contribution the caller can see',
        params: PilotParams,
        body: PilotLinkBody,
        response: { 201: PilotLink, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const link = await links.link(requireMember(request), request.params.id, request.body);
      return reply.code(201).send(link);
    },
  );

  app.delete(
    '/api/pilots/:id/links/:linkId',
    {
      schema: {
        operationId: 'unlinkPilot',
        tags,
        summary: 'Remove a link of a pilot (its team and organisers)',
        params: PilotLinkParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await links.unlink(requireMember(request), request.params.id, request.params.linkId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/members/:handle/pilots',
    {
      schema: {
        operationId: 'getMemberPilots',
        tags,
        summary: 'The pilots a member is on and their latest updates, for the profile',
        params: MemberPilotsParams,
        response: { 200: MemberPilots, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => board.ofMember(requireMember(request), request.params.handle),
  );
};
