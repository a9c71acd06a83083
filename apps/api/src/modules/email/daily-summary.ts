import type { Db } from '@praxis/db/client';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import {
  markMailed,
  membersWithPending,
  pendingNotifications,
} from '../notifications/notifications.mail.ts';
import { queueMail } from './deliveries.ts';
import { dailySlot } from './mail-times.ts';
import {
  daysBefore,
  lockMemberMail,
  MAIL_LOOKBACK_DAYS,
  NOTICE_MAILS_PER_HOUR,
  NOTIFICATIONS_PER_MAIL,
  type NoticeOptions,
  recipientsOf,
  withTopics,
} from './notice-mail.service.ts';
import { dailySummaryMail } from './notice-mail.templates.ts';

/** The job that mails one member their daily summary. */
export const DAILY_SUMMARY_JOB = 'daily_summary';
/** Members whose summaries one statement queues. */
const CHUNK = 500;

/**
 * Housekeeping: once the day's hour has come in the network's time zone, queues a summary for
 * every member with notifications not yet mailed, keyed by member and day, so that each gets one
 * a day however many instances and polls there are. The job decides what is in it; when it
 * finds nothing to mail it sends nothing.
 */
export async function planDailySummaries(db: Db, now: Date, options: NoticeOptions) {
  const slot = dailySlot(now, options.mail.timeZone);
  if (!slot.due) return 0;
  const memberIds = await membersWithPending(db, daysBefore(now, MAIL_LOOKBACK_DAYS), now);
  for (let start = 0; start < memberIds.length; start += CHUNK) {
    await enqueue(
      db,
      memberIds.slice(start, start + CHUNK).map((memberId) => ({
        kind: DAILY_SUMMARY_JOB,
        key: `${DAILY_SUMMARY_JOB}:${memberId}:${slot.key}`,
        payload: { memberId, day: slot.key },
        runAt: now,
      })),
    );
  }
  return memberIds.length;
}

/**
 * `daily_summary`: one mail with the member's unread, unmailed notifications of the last days
 * that they want daily, and the instant ones the hourly limit held back (older than the
 * window, so that one still waiting for its own mail stays there), grouped by topic; marked
 * mailed with it. Topics turned off are never mailed.
 */
export function sendDailySummary(options: NoticeOptions) {
  const delayMs = options.mail.batchDelaySeconds * 1000;
  return async (db: Db, job: Job, now: Date) => {
    const { memberId } = job.payload;
    if (!memberId) throw new Error('daily_summary without its member');
    await lockMemberMail(db, memberId);
    const recipient = (await recipientsOf(db, [memberId])).get(memberId);
    if (!recipient) return;
    const pending = await pendingNotifications(db, recipient.member, {
      from: daysBefore(now, MAIL_LOOKBACK_DAYS),
      until: now,
      limit: NOTIFICATIONS_PER_MAIL,
    });
    const closed = new Date(now.getTime() - delayMs);
    const rows = (await withTopics(db, pending)).filter((row) => {
      const mode = recipient.modes[row.topic];
      return mode === 'daily' || (mode === 'instant' && row.createdAt <= closed);
    });
    if (rows.length === 0) return;

    const heldBack = rows.some((row) => recipient.modes[row.topic] === 'instant');
    const message = await dailySummaryMail(
      db,
      options,
      recipient,
      rows,
      now,
      heldBack ? NOTICE_MAILS_PER_HOUR : null,
    );
    await queueMail(db, { memberId, purpose: 'daily', message });
    await markMailed(
      db,
      rows.map((row) => row.id),
      now,
    );
  };
}
