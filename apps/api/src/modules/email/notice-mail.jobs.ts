import type { FastifyPluginAsync } from 'fastify';
import type { EmailOptions } from './email.jobs.ts';

/** Notifications by e-mail: instant batches and daily summaries, by each member's preferences. */
export const noticeMailJobs: FastifyPluginAsync<EmailOptions> = async (_app, _options) => {};
