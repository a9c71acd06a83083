import type { Locale } from '@praxis/i18n/locales';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { MailConfig } from '../../config.ts';
import { type MailLanguage, mailLanguage } from '../../lib/mail-language.ts';
import { EMAIL_DELIVERY, sendDelivery } from './deliveries.ts';
import { pruneReplyAddresses } from './reply-addresses.ts';

export interface EmailOptions {
  publicOrigin: string;
  mail: MailConfig;
}

/** What the jobs that write to members need besides: the language each member reads. */
export interface MailOptions extends EmailOptions {
  /** The member's own choice of language, else the network's default. */
  localeOf(preference: string | null | undefined): Locale;
}

export const mailOptions = (app: FastifyInstance, options: EmailOptions): MailOptions => ({
  ...options,
  localeOf: (preference) => app.locales.forMember(preference),
});

/** The language of a mail to `member`. */
export const languageOf = (options: MailOptions, member: { locale: string | null }): MailLanguage =>
  mailLanguage(options.localeOf(member.locale));

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
