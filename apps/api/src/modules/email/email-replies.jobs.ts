import type { FastifyPluginAsync } from 'fastify';
import type { EmailOptions } from './email.jobs.ts';

/** Replies and bounces that come back to the inbound listener. */
export const emailReplyJobs: FastifyPluginAsync<EmailOptions> = async (_app, _options) => {};
