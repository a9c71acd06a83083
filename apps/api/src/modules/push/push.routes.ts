import {
  PushDeviceList,
  PushDeviceParams,
  PushKey,
  PushSubscriptionInput,
} from '@praxis/contracts/push';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import type { PushConfig } from '../../push-config.ts';
import { createPushService } from './push.service.ts';

/** Web Push: the server's key, and the member's devices that take their notifications. */
export const pushRoutes: FastifyPluginAsyncZod<{ push: PushConfig }> = async (app, { push }) => {
  const service = createPushService(app.db, push);
  const tags = ['push'];
  // A subscription belongs to the browser, that is the session, that made it.
  const signedIn = (request: FastifyRequest) => ({
    member: requireMember(request),
    session: request.sessionToken ?? '',
  });

  app.get(
    '/api/push/key',
    {
      schema: {
        operationId: 'getPushKey',
        tags,
        summary: 'The VAPID public key a browser subscribes with',
        response: { 200: PushKey, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireMember(request);
      return service.key();
    },
  );

  app.get(
    '/api/push/subscriptions',
    {
      schema: {
        operationId: 'listPushSubscriptions',
        tags,
        summary: 'Your devices that take push notifications; this browser is marked',
        response: { 200: PushDeviceList, ...errorResponses(401) },
      },
    },
    async (request) => {
      const { member, session } = signedIn(request);
      return service.devices(member, session);
    },
  );

  app.post(
    '/api/push/subscriptions',
    {
      schema: {
        operationId: 'subscribeToPush',
        tags,
        summary: "Take push notifications in this browser (its PushSubscription's JSON)",
        body: PushSubscriptionInput,
        response: { 200: PushDeviceList, ...errorResponses(400, 401, 409) },
      },
    },
    async (request) => {
      const { member, session } = signedIn(request);
      return service.subscribe(member, session, request.body, request.headers['user-agent']);
    },
  );

  app.delete(
    '/api/push/subscriptions/:id',
    {
      schema: {
        operationId: 'deletePushSubscription',
        tags,
        summary: 'Stop push notifications to one of your devices',
        params: PushDeviceParams,
        response: { 200: PushDeviceList, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const { member, session } = signedIn(request);
      return service.remove(member, session, request.params.id);
    },
  );
};
