import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  createNotificationBus,
  type NotificationBus,
} from '../modules/notifications/notifications.events.ts';

declare module 'fastify' {
  interface FastifyInstance {
    notificationBus: NotificationBus;
  }
}

/** One bus per server: features publish committed notifications, the real-time layer listens. */
export default fp(
  async function notificationBus(app: FastifyInstance) {
    app.decorate('notificationBus', createNotificationBus());
  },
  { name: 'notification-bus' },
);
