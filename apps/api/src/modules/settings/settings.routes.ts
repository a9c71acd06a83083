import {
  LogoImage,
  LogoParams,
  LogoUpload,
  MAX_LOGO_BYTES,
  NetworkIdentity,
  NetworkSettings,
  RetentionPreview,
  RetentionPreviewQuery,
  TestMailResult,
  UpdateNetworkSettings,
} from '@praxis/contracts/settings';
import { msg } from '@praxis/i18n/message-ref';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.ts';
import { requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { logoTooLarge, notALogo } from './logo.service.ts';
import { previewRetention } from './retention.service.ts';
import { createSettingsService } from './settings.service.ts';

/** What a browser declares for a picture file; the service then checks what it really is. */
const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

export const settingsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (
  app,
  { config },
) => {
  const settings = createSettingsService({
    db: app.db,
    network: app.network,
    locales: app.locales,
    mailer: app.mailer,
    config,
  });
  const tags = ['settings'];
  const admin = (request: Parameters<typeof requireRole>[0], refusal: string) =>
    requireRole(request, ['admin'], refusal);

  // Another instance's change: this one reads the settings again at once, not in 30 s.
  app.realtime.on('settings.changed', async () => {
    await Promise.all([app.network.reload(), app.locales.reload()]);
  });

  app.addContentTypeParser(PICTURE_TYPES, { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/admin/settings',
    {
      schema: {
        operationId: 'getNetworkSettings',
        tags,
        summary: "The network's settings, and which of them the server's environment fixes",
        response: { 200: NetworkSettings, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      admin(request, msg('errors.settings.onlyAdminsRead'));
      return settings.read();
    },
  );

  app.put(
    '/api/admin/settings',
    {
      schema: {
        operationId: 'updateNetworkSettings',
        tags,
        summary: "Change some of the network's settings (admins); what is left out stays",
        body: UpdateNetworkSettings,
        response: { 200: NetworkSettings, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      settings.update(admin(request, msg('errors.settings.onlyAdminsChange')), request.body),
  );

  app.put(
    '/api/admin/settings/logo',
    {
      bodyLimit: MAX_LOGO_BYTES,
      schema: {
        operationId: 'uploadNetworkLogo',
        tags,
        summary: "Set the network's logo: a JPEG, PNG or WebP file of at most 2 MB, as the body",
        consumes: PICTURE_TYPES,
        body: LogoUpload,
        response: { 200: NetworkSettings, ...errorResponses(400, 401, 403, 413) },
      },
      errorHandler: (error: FastifyError) => {
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw logoTooLarge();
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw notALogo();
        throw error;
      },
    },
    async (request) =>
      settings.uploadLogo(admin(request, msg('errors.settings.onlyAdminsChange')), request.body),
  );

  app.delete(
    '/api/admin/settings/logo',
    {
      schema: {
        operationId: 'deleteNetworkLogo',
        tags,
        summary: "Remove the network's logo: the name's initial shows instead",
        response: { 200: NetworkSettings, ...errorResponses(401, 403) },
      },
    },
    async (request) => settings.removeLogo(admin(request, msg('errors.settings.onlyAdminsChange'))),
  );

  app.post(
    '/api/admin/settings/test-mail',
    {
      schema: {
        operationId: 'sendTestMail',
        tags,
        summary: 'Send a mail to yourself now and read what the mail server answered (admins)',
        response: { 200: TestMailResult, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      settings.sendTestMail(
        admin(request, msg('errors.settings.onlyAdminsChange')),
        request.locale,
      ),
  );

  app.get(
    '/api/admin/retention/preview',
    {
      schema: {
        operationId: 'previewRetention',
        tags,
        summary: 'How many messages and notifications these retention limits would delete now',
        querystring: RetentionPreviewQuery,
        response: { 200: RetentionPreview, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      admin(request, msg('errors.settings.onlyAdminsRead'));
      return previewRetention(app.db, new Date(), request.query);
    },
  );

  app.get(
    '/api/network',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getNetworkIdentity',
        tags,
        summary: "The network's name, accent colour and logo, as every page shows them",
        response: { 200: NetworkIdentity },
      },
    },
    async () => settings.identity(),
  );

  app.get(
    '/api/network/logo/:version',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getNetworkLogo',
        tags,
        summary: "The network's logo, as WebP; its address comes with the network's identity",
        params: LogoParams,
        response: {
          200: {
            description: 'The logo, at most 256 × 256 pixels',
            content: { 'image/webp': { schema: LogoImage } },
          },
          ...errorResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const logo = await settings.logo(request.params.version);
      // A version's address always serves the same picture; a new logo gets a new address.
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.type('image/webp').send(logo);
    },
  );
};
