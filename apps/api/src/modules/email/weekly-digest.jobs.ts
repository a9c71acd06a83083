import type { FastifyPluginAsync } from 'fastify';
import type { EmailOptions } from './email.jobs.ts';

/** The weekly network digest. */
export const weeklyDigestJobs: FastifyPluginAsync<EmailOptions> = async (_app, _options) => {};
