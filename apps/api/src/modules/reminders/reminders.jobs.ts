import type { FastifyPluginAsync } from 'fastify';
import { MEETUP_REMINDER, planMissingReminders, sendMeetupReminder } from './reminders.service.ts';

/** Meetup reminders on the job runner; the meetups module plans and cancels them. */
export const reminderJobs: FastifyPluginAsync = async (app) => {
  app.jobs.register(MEETUP_REMINDER, sendMeetupReminder);
  app.jobs.atStartup('plan the reminders of scheduled meetups', (db) => planMissingReminders(db));
};
