import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../app-error.ts';
import { handleBounce } from './bounces.ts';
import type { EmailOptions } from './email.jobs.ts';
import { handleReply } from './email-replies.service.ts';
import { unsubscribe } from './unsubscribe.service.ts';

/**
 * What comes back to the inbound listener: answers to reply addresses, bounces to VERP return
 * paths, and the mailto form of List-Unsubscribe, which turns the topic off as the one-click link
 * does and, as RFC 2369 expects, answers nothing.
 */
export const emailReplyJobs: FastifyPluginAsync<EmailOptions> = async (app, options) => {
  app.inboundMail.on('reply', (db, mail, now) => handleReply(db, mail, now, options));
  app.inboundMail.on('bounce', handleBounce);
  app.inboundMail.on('unsubscribe', async (db, mail) => {
    try {
      return `unsubscribed: ${(await unsubscribe(db, mail.token)).topic}`;
    } catch (error) {
      if (error instanceof AppError) return 'ignored: not a valid unsubscribe address';
      throw error;
    }
  });
};
