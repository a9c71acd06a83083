import type { FastifyPluginAsync } from 'fastify';
import { type EmailOptions, mailOptions } from './email.jobs.ts';
import { weeklySlot } from './mail-times.ts';
import {
  planWeeklyDigests,
  SEND_WEEKLY_DIGEST,
  sendWeeklyDigest,
} from './weekly-digest.service.ts';

/** How often an instance looks whether the week's digests are due. */
const PLAN_EVERY_MS = 15 * 60 * 1000;

/** The weekly network digest: planned once the week's hour has come, one job per member. */
export const weeklyDigestJobs: FastifyPluginAsync<EmailOptions> = async (app, options) => {
  app.jobs.register(SEND_WEEKLY_DIGEST, sendWeeklyDigest(mailOptions(app, options)));
  // Once this instance has planned a week, it reads the members again only the next week: the
  // jobs' keys would keep a second pass from queueing anything, but not from reading everyone.
  // Whoever joins after the pass gets their first digest the week after.
  let plannedWeek: string | null = null;
  app.jobs.every('email: plan weekly digests', PLAN_EVERY_MS, async (db, now) => {
    if (plannedWeek === weeklySlot(now, options.mail.timeZone).key) return;
    plannedWeek = await planWeeklyDigests(db, now, options.mail.timeZone);
  });
};
