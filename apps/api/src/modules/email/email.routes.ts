import { PageQuery } from '@praxis/contracts/common';
import {
  BouncingAddressList,
  EmailPreferences,
  EmailPreferencesUpdate,
  UnsubscribePreview,
  UnsubscribeQuery,
  UnsubscribeResult,
} from '@praxis/contracts/email';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { formatMsg } from '@praxis/i18n/translate';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireMember, requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { bouncingAddresses } from './bounces-admin.service.ts';
import type { EmailOptions } from './email.jobs.ts';
import { changeEmailPreferences, emailPreferencesOf, retryAddress } from './preferences.service.ts';
import { previewUnsubscribe, unsubscribe } from './unsubscribe.service.ts';

/** What a one-click button posts; the body says nothing the token does not. */
const ONE_CLICK_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** Why the address bounced, in the request's language where Praxis says it itself. */
function bounceReasonIn(locale: Locale, preferences: EmailPreferences): EmailPreferences {
  const { bounced } = preferences;
  return bounced
    ? { ...preferences, bounced: { ...bounced, reason: formatMsg(locale, bounced.reason) } }
    : preferences;
}

/** Preferences, one-click unsubscribe and the admins' list of bouncing addresses. */
export const emailRoutes: FastifyPluginAsyncZod<EmailOptions> = async (app) => {
  const tags = ['email'];

  app.get(
    '/api/email/preferences',
    {
      schema: {
        operationId: 'getEmailPreferences',
        tags,
        summary: 'What Praxis mails you, topic by topic, and whether your address bounced',
        response: { 200: EmailPreferences, ...errorResponses(401) },
      },
    },
    async (request) =>
      bounceReasonIn(request.locale, await emailPreferencesOf(app.db, requireMember(request))),
  );

  app.patch(
    '/api/email/preferences',
    {
      schema: {
        operationId: 'updateEmailPreferences',
        tags,
        summary: 'Choose instant, daily or off per topic, and the weekly digest; the rest stays',
        body: EmailPreferencesUpdate,
        response: { 200: EmailPreferences, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      bounceReasonIn(
        request.locale,
        await changeEmailPreferences(app.db, requireMember(request), request.body),
      ),
  );

  app.post(
    '/api/email/preferences/retry-address',
    {
      schema: {
        operationId: 'retryEmailAddress',
        tags,
        summary: 'Send to your address again after it bounced and you fixed it',
        response: { 200: EmailPreferences, ...errorResponses(401) },
      },
    },
    async (request) =>
      bounceReasonIn(request.locale, await retryAddress(app.db, requireMember(request))),
  );

  app.get(
    '/api/email/unsubscribe/preview',
    {
      schema: {
        operationId: 'previewUnsubscribe',
        tags,
        summary: "What an e-mail's unsubscribe link would stop, without stopping it",
        querystring: UnsubscribeQuery,
        response: { 200: UnsubscribePreview, ...errorResponses(400) },
      },
      config: { sessionless: true },
    },
    async (request) => previewUnsubscribe(app.db, request.query.token),
  );

  // Link scanners open every link in a mail, so a GET only leads to the page that asks first.
  app.get(
    '/api/email/unsubscribe',
    {
      schema: {
        operationId: 'openUnsubscribeLink',
        tags,
        summary: 'Opened in a browser: to the page that asks before unsubscribing',
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 303: z.null().describe('To /unsubscribe'), ...errorResponses(400) },
      },
      config: { sessionless: true },
    },
    async (request, reply) =>
      reply.redirect(`/unsubscribe?token=${encodeURIComponent(request.query.token ?? '')}`, 303),
  );

  await app.register(oneClickUnsubscribe);

  app.get(
    '/api/admin/email/bounces',
    {
      schema: {
        operationId: 'listEmailBounces',
        tags,
        summary: 'Addresses mail bounced from, the latest first (admins)',
        querystring: PageQuery,
        response: { 200: BouncingAddressList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['admin'], msg('errors.email.onlyAdminsSeeBounces'));
      return bouncingAddresses(app.db, request.query.cursor, request.query.limit);
    },
  );
};

/**
 * In a scope of its own, so that only this route reads the form a mail provider's one-click button
 * posts (RFC 8058: `List-Unsubscribe=One-Click`); the SPA posts nothing, or JSON.
 */
const oneClickUnsubscribe: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ONE_CLICK_TYPES,
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, body),
  );
  app.post(
    '/api/email/unsubscribe',
    {
      schema: {
        operationId: 'unsubscribe',
        tags: ['email'],
        summary:
          "One-click unsubscribe (RFC 8058): turns off the link's topic for its member, no session needed",
        querystring: UnsubscribeQuery,
        response: { 200: UnsubscribeResult, ...errorResponses(400, 413) },
      },
      // Mail providers post from their own servers, with no Origin and no cookie; the signed
      // token is the whole authority, so there is nothing for another site to forge.
      config: { sessionless: true },
    },
    async (request) => unsubscribe(app.db, request.query.token),
  );
};
