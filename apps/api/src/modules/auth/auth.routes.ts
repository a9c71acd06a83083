import {
  AcceptedResponse,
  LocaleChoice,
  LoginBody,
  LoginUnlockBody,
  LoginUnlockPreview,
  MeResponse,
  PasswordChangeBody,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  SessionResponse,
  SetupBody,
  SetupStatus,
} from '@praxis/contracts/auth';
import { translate } from '@praxis/i18n/translate';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createAuthService } from './auth.service.ts';
import { createSignInService } from './sign-in.service.ts';

/** How long after answering a reset or sign-in request its mail job is started. */
const KICK_AFTER_MS = 1000;

export const authRoutes: FastifyPluginAsyncZod<{
  publicOrigin: string;
  setupToken: string | null;
}> = async (app, options) => {
  // A moment after the answer: rendering the mail takes CPU only for a real member, and done
  // while the answer is under way it would tell, by its timing, whether an address has an account.
  const kickJobs = () => {
    setTimeout(() => void app.jobs.kick(), KICK_AFTER_MS).unref();
  };
  const auth = createAuthService({
    db: app.db,
    throttle: app.throttle,
    publicOrigin: options.publicOrigin,
    setupToken: options.setupToken,
    endAllSessions: (memberId) => app.sessions.endAll(memberId),
    kickJobs,
  });
  const signIn = createSignInService({
    db: app.db,
    throttle: app.throttle,
    kickJobs,
  });
  const tags = ['auth'];

  app.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getSetupStatus',
        tags,
        summary: 'Whether Praxis still needs its first admin',
        response: { 200: SetupStatus },
      },
    },
    async () => ({
      setupRequired: await auth.setupRequired(),
      tokenRequired: options.setupToken !== null,
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'createFirstAdmin',
        tags,
        summary:
          'Create the first admin (only while no member exists, with the setup token printed at start on PostgreSQL) and sign them in',
        body: SetupBody,
        response: { 201: SessionResponse, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const member = await auth.setup(request.body);
      await app.sessions.start(request, reply, member.id);
      return reply.code(201).send({ member });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'signIn',
        tags,
        summary: 'Sign in with e-mail and password',
        body: LoginBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const member = await signIn.login(request.body, request.ip);
      await app.sessions.start(request, reply, member.id);
      return { member };
    },
  );

  app.get(
    '/api/auth/unlock',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'previewUnlock',
        tags,
        summary:
          'The e-mail address of the account an open unlock link signs in to; does not use the link',
        querystring: LoginUnlockBody,
        response: { 200: LoginUnlockPreview, ...errorResponses(400) },
      },
    },
    async (request) => signIn.previewUnlock(request.query.token),
  );

  app.post(
    '/api/auth/unlock',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'unlockSignIn',
        tags,
        summary:
          'Sign in with the single-use link e-mailed when wrong passwords slowed sign-in down; ends the slowdown',
        body: LoginUnlockBody,
        response: { 200: SessionResponse, ...errorResponses(400, 403) },
      },
    },
    async (request, reply) => {
      const member = await signIn.unlock(request.body.token, request.ip);
      await app.sessions.start(request, reply, member.id);
      return { member };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'optional' },
      schema: {
        operationId: 'signOut',
        tags,
        summary: 'Sign out of this browser',
        response: { 204: z.null(), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      await app.sessions.end(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: {
        operationId: 'signOutEverywhere',
        tags,
        summary: 'Sign out of every browser and device',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const member = requireMember(request);
      await app.sessions.endAll(member.id);
      await app.sessions.end(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'optional' },
      schema: {
        operationId: 'getSignedInMember',
        tags,
        summary: 'The signed-in member, or null when nobody is signed in',
        response: { 200: MeResponse },
      },
    },
    // Not a 401: asking who is signed in is how a signed-out page starts, not a failure.
    async (request) => ({ member: request.member }),
  );

  app.put(
    '/api/auth/me/locale',
    {
      schema: {
        operationId: 'chooseLocale',
        tags,
        summary: 'Choose the language of the interface and of your e-mails',
        body: LocaleChoice,
        response: { 200: SessionResponse, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({
      member: await auth.chooseLocale(requireMember(request), request.body.locale),
    }),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Change the password; every other session ends',
        body: PasswordChangeBody,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const member = await auth.changePassword(requireMember(request), request.body);
      await app.sessions.start(request, reply, member.id);
      return { member };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        summary: 'E-mail a single-use link to choose a new password (valid one hour)',
        body: PasswordResetRequestBody,
        response: { 202: AcceptedResponse, ...errorResponses(400, 403, 429) },
      },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, request.ip);
      return reply.code(202).send({
        message: translate(request.locale, 'errors.auth.resetLinkSent', {
          email: request.body.email,
        }),
      });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'confirmPasswordReset',
        tags,
        summary: 'Choose a new password with the link from the reset e-mail',
        body: PasswordResetConfirmBody,
        response: { 204: z.null(), ...errorResponses(400, 403) },
      },
    },
    async (request, reply) => {
      await auth.confirmPasswordReset(request.body);
      return reply.code(204).send(null);
    },
  );
};
