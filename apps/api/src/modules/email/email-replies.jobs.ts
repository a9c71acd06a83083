import { sourceLocale } from '@praxis/i18n/locales';
import { translate } from '@praxis/i18n/translate';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../app-error.ts';
import { handleBounce } from './bounces.ts';
import { bouncedDeliveryId } from './deliveries.ts';
import { type EmailOptions, mailOptions } from './email.jobs.ts';
import { handleReply } from './email-replies.service.ts';
import { findReplyAddress } from './reply-addresses.ts';
import { unsubscribe } from './unsubscribe.service.ts';
import { readUnsubscribeToken } from './unsubscribe-tokens.ts';

/**
 * What comes back to the inbound listener: answers to reply addresses, bounces to VERP return
 * paths, and the mailto form of List-Unsubscribe, which turns the topic off as the one-click link
 * does and, as RFC 2369 expects, answers nothing. Each takes only its own tokens: an expired reply
 * address still, so that its member hears why nothing was posted; a bounce or unsubscribe
 * address only with Praxis's signature.
 */
export const emailReplyJobs: FastifyPluginAsync<EmailOptions> = async (app, options) => {
  const writing = mailOptions(app, options);
  app.inboundMail.on('reply', {
    accepts: async (db, token) => (await findReplyAddress(db, token)) !== null,
    // An SMTP answer is one line of ASCII (RFC 5321), to a sender no unknown address tells
    // anything of: it stays in the catalog's source language.
    unknown: translate(sourceLocale, 'mail.reply.unknownAddress'),
    handle: (db, mail, now) => handleReply(db, mail, now, writing),
  });
  app.inboundMail.on('bounce', {
    accepts: async (db, token) => (await bouncedDeliveryId(db, token)) !== null,
    handle: handleBounce,
  });
  app.inboundMail.on('unsubscribe', {
    accepts: async (db, token) => (await readUnsubscribeToken(db, token)) !== null,
    handle: async (db, mail) => {
      try {
        return `unsubscribed: ${(await unsubscribe(db, mail.token)).topic}`;
      } catch (error) {
        if (error instanceof AppError) return 'ignored: not a valid unsubscribe address';
        throw error;
      }
    },
  });
};
