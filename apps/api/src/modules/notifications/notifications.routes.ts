import {
  NotificationListQuery,
  NotificationPage,
  NotificationParams,
  UnreadCount,
} from '@praxis/contracts/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireMember } from '../../plugins/auth.ts';
import { errorResponses } from '../../plugins/schemas.ts';
import { listenToNotificationEvents } from './notifications.events.ts';
import { createNotificationService } from './notifications.service.ts';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  listenToNotificationEvents(app.realtime);
  const notifications = createNotificationService(app.db);
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'Your notifications, newest first',
        querystring: NotificationListQuery,
        response: { 200: NotificationPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => notifications.list(requireMember(request), request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        operationId: 'countUnreadNotifications',
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: UnreadCount, ...errorResponses(401) },
      },
    },
    async (request) => notifications.unreadCount(requireMember(request)),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        tags,
        summary: 'Mark one notification read',
        params: NotificationParams,
        response: { 200: UnreadCount, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => notifications.markRead(requireMember(request), request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all your notifications read',
        response: { 200: UnreadCount, ...errorResponses(401) },
      },
    },
    async (request) => notifications.markAllRead(requireMember(request)),
  );
};
