import type { FastifyPluginAsync } from 'fastify';
import type { MailConfig } from '../../config.ts';
import { EMAIL_DELIVERY, sendDelivery } from './deliveries.ts';
import { pruneReplyAddresses } from './reply-addresses.ts';

export interface EmailOptions {
  publicOrigin: string;
  mail: MailConfig;
}

/** Sending what the e-mail module queued, and forgetting reply addresses long expired. */
export const emailJobs: FastifyPluginAsync<EmailOptions> = async (app, { publicOrigin, mail }) => {
  app.jobs.register(EMAIL_DELIVERY, sendDelivery({ mailer: app.mailer, publicOrigin, mail }), {
    transaction: false,
    concurrency: 4,
  });
  app.jobs.every('email: forget expired reply addresses', 24 * 3600 * 1000, (db, now) =>
    pruneReplyAddresses(db, now),
  );
};
