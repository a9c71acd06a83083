import type { FastifyPluginAsync } from 'fastify';
import type { EmailOptions } from './email.jobs.ts';

/** Preferences, one-click unsubscribe and the admins' list of bouncing addresses. */
export const emailRoutes: FastifyPluginAsync<EmailOptions> = async (_app, _options) => {};
