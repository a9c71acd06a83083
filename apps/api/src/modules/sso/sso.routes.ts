import { SsoCallbackBody, SsoOptions, SsoSignedIn, SsoStartQuery } from '@praxis/contracts/sso';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OidcConfig } from '../../config.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { createSsoService, SSO_FLOW_LIFETIME_SECONDS } from './sso.service.ts';

export interface SsoRouteOptions {
  oidc: OidcConfig | null;
  publicOrigin: string;
  secureCookies: boolean;
}

export const ssoRoutes: FastifyPluginAsyncZod<SsoRouteOptions> = async (app, options) => {
  const sso = createSsoService({
    db: app.db,
    oidc: options.oidc,
    publicOrigin: options.publicOrigin,
    log: app.log,
  });
  const tags = ['auth'];
  // Over https the __Host- prefix keeps a sibling subdomain from planting its own flow.
  const cookieName = options.secureCookies ? '__Host-praxis_sso' : 'praxis_sso';
  const cookie = (value: string, maxAge: number) =>
    [
      `${cookieName}=${value}`,
      'Path=/',
      `Max-Age=${maxAge}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(options.secureCookies ? ['Secure'] : []),
    ].join('; ');

  app.get(
    '/api/auth/oidc',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getSingleSignOn',
        tags,
        summary: "Whether the sign-in page offers the organisation's single sign-on",
        response: { 200: SsoOptions },
      },
    },
    async () => sso.options(),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'startSingleSignOn',
        tags,
        summary: "Leave for the organisation's identity provider to sign in (OpenID Connect)",
        querystring: SsoStartQuery,
        response: {
          303: z.null().describe('To the identity provider'),
          ...errorResponses(400, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const { url, flow } = await sso.start(request.query.next);
      reply.header('set-cookie', cookie(flow, SSO_FLOW_LIFETIME_SECONDS));
      return reply.redirect(url, 303);
    },
  );

  app.post(
    '/api/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'finishSingleSignOn',
        tags,
        summary: "Sign in with the identity provider's answer, as the callback page received it",
        body: SsoCallbackBody,
        response: { 200: SsoSignedIn, ...errorResponses(400, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      // A flow is used once, whatever its outcome.
      reply.header('set-cookie', cookie('', 0));
      const signedIn = await sso.finish(readCookie(request, cookieName), request.body.query);
      await app.sessions.start(request, reply, signedIn.member.id);
      return signedIn;
    },
  );
};

function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
