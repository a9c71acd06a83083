import { ReasonBody } from '@praxis/contracts/audit';
import { MemberActivity } from '@praxis/contracts/member-activity';
import {
  HandleParams,
  MemberProfile,
  OwnProfile,
  ProfileUpdateBody,
  RoleChangeBody,
} from '@praxis/contracts/profiles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { memberActivity } from './activity.service.ts';
import { listenToMemberEvents } from './members.events.ts';
import { createMemberService } from './members.service.ts';

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const members = createMemberService(app.db);
  listenToMemberEvents(app.realtime, app.db);
  const tags = ['members'];

  app.get(
    '/api/profile',
    {
      schema: {
        operationId: 'getOwnProfile',
        tags,
        summary: 'Your own profile, as you edit it',
        response: { 200: OwnProfile, ...errorResponses(401, 404) },
      },
    },
    async (request) => members.ownProfile(requireMember(request).id),
  );

  app.patch(
    '/api/profile',
    {
      schema: {
        operationId: 'updateOwnProfile',
        tags,
        summary: 'Change your own profile; fields left out stay as they are',
        body: ProfileUpdateBody,
        response: { 200: OwnProfile, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      // A bio written without saying its language is taken to be in the writer's.
      const { bioSource, bioLanguage = bioSource === undefined ? undefined : request.locale } =
        request.body;
      return members.updateOwnProfile(requireMember(request), {
        ...request.body,
        ...(bioLanguage ? { bioLanguage } : {}),
      });
    },
  );

  app.get(
    '/api/members/:handle',
    {
      schema: {
        operationId: 'getMember',
        tags,
        summary: "A member's profile, with contact fields as their visibility allows",
        params: HandleParams,
        response: { 200: MemberProfile, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => members.profile(requireMember(request), request.params.handle),
  );

  app.get(
    '/api/members/:handle/activity',
    {
      schema: {
        operationId: 'getMemberActivity',
        tags,
        summary:
          "A member's stories, accepted answers, meetups attended and agenda contributions: the newest of each and their counts, among what you may see",
        params: HandleParams,
        response: { 200: MemberActivity, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => memberActivity(app.db, requireMember(request), request.params.handle),
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/members/:handle/${action}`,
      {
        schema: {
          operationId: `${action}Member`,
          tags,
          summary:
            action === 'deactivate'
              ? 'Deactivate a member: they leave lists and cannot sign in; what they wrote stays'
              : 'Let a deactivated member back in',
          params: HandleParams,
          body: ReasonBody,
          response: { 200: MemberProfile, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const profile = await members.setActive(
          requireMember(request),
          request.params.handle,
          active,
          request.body?.reason,
        );
        // Requests already refuse a deactivated member; this also closes their open connections.
        if (!active) await app.sessions.endAll(profile.id);
        return profile;
      },
    );
  }

  app.put(
    '/api/members/:handle/role',
    {
      schema: {
        operationId: 'setMemberRole',
        tags,
        summary: 'Make a member an organiser or admin, or back (admins only)',
        params: HandleParams,
        body: RoleChangeBody,
        response: { 200: MemberProfile, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      members.setRole(
        requireMember(request),
        request.params.handle,
        request.body.role,
        request.body.reason,
      ),
  );
};
