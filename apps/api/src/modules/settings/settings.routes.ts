import { NetworkSettings } from '@praxis/contracts/settings';
import { msg } from '@praxis/i18n/message-ref';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['settings'];

  app.get(
    '/api/admin/settings',
    {
      schema: {
        operationId: 'getNetworkSettings',
        tags,
        summary: "The network's settings",
        response: { 200: NetworkSettings, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['admin'], msg('errors.settings.onlyAdminsRead'));
      return { defaultLocale: app.locales.networkDefault() };
    },
  );

  app.put(
    '/api/admin/settings',
    {
      schema: {
        operationId: 'updateNetworkSettings',
        tags,
        summary: "Change the network's settings (admins)",
        body: NetworkSettings,
        response: { 200: NetworkSettings, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['admin'], msg('errors.settings.onlyAdminsChange'));
      await app.locales.setNetworkDefault(request.body.defaultLocale);
      return { defaultLocale: app.locales.networkDefault() };
    },
  );
};
