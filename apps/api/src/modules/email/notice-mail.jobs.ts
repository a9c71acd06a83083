import type { FastifyPluginAsync } from 'fastify';
import { NOTIFICATION_MAIL } from '../notifications/notifications.service.ts';
import { DAILY_SUMMARY_JOB, planDailySummaries, sendDailySummary } from './daily-summary.ts';
import type { EmailOptions } from './email.jobs.ts';
import { NOTICE_MAIL, planNoticeMails, sendNoticeMail } from './notice-mail.service.ts';

/** How often the daily summaries are looked for: they go out within this of the hour. */
const DAILY_SUMMARY_POLL_MS = 5 * 60 * 1000;

/** Notifications by e-mail: instant batches and daily summaries, by each member's preferences. */
export const noticeMailJobs: FastifyPluginAsync<EmailOptions> = async (app, options) => {
  app.jobs.register(NOTIFICATION_MAIL, planNoticeMails(options));
  app.jobs.register(NOTICE_MAIL, sendNoticeMail(options));
  app.jobs.register(DAILY_SUMMARY_JOB, sendDailySummary(options));
  app.jobs.every('email: daily summaries', DAILY_SUMMARY_POLL_MS, (db, now) =>
    planDailySummaries(db, now, options),
  );
};
