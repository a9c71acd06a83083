import type { FastifyPluginAsync } from 'fastify';
import { PLAN_NOTICE_MAIL } from '../notifications/notifications.service.ts';
import { planDailySummaries, SEND_DAILY_SUMMARY, sendDailySummary } from './daily-summary.ts';
import { type EmailOptions, mailOptions } from './email.jobs.ts';
import { planNoticeMails, SEND_NOTICE_MAIL, sendNoticeMail } from './notice-mail.service.ts';

/** How often the daily summaries are looked for: they go out within this of the hour. */
const DAILY_SUMMARY_POLL_MS = 5 * 60 * 1000;

/** Notifications by e-mail: instant batches and daily summaries, by each member's preferences. */
export const noticeMailJobs: FastifyPluginAsync<EmailOptions> = async (app, options) => {
  const writing = mailOptions(app, options);
  app.jobs.register(PLAN_NOTICE_MAIL, planNoticeMails(options));
  app.jobs.register(SEND_NOTICE_MAIL, sendNoticeMail(writing));
  app.jobs.register(SEND_DAILY_SUMMARY, sendDailySummary(writing));
  app.jobs.every('email: daily summaries', DAILY_SUMMARY_POLL_MS, (db, now) =>
    planDailySummaries(db, now, options),
  );
};
