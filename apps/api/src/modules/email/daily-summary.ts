import { EmailTopic } from '@praxis/contracts/email';
import type { Db } from '@praxis/db/client';
import { type MailContent, type MailSection, renderMail } from '../../lib/mail-layout.tsx';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import {
  conversationKey,
  conversationOf,
  markMailed,
  membersWithPending,
  pendingNotifications,
} from '../notifications/notifications.mail.ts';
import { type QueuedMessage, queueMail } from './deliveries.ts';
import { type EmailOptions, languageOf, type MailOptions } from './email.jobs.ts';
import { listHeaders } from './mail-headers.ts';
import { dailySlot } from './mail-times.ts';
import { itemsOf, loadNoticeRecords, type TopicalNotification } from './notice-mail.content.ts';
import {
  daysBefore,
  lockMemberMail,
  MAIL_LOOKBACK_DAYS,
  mailableRecipient,
  NOTICE_MAILS_PER_HOUR,
  NOTIFICATIONS_PER_MAIL,
  type Recipient,
  withTopics,
} from './notice-mail.service.ts';
import { calendarFor, calendarLine } from './notice-mail.templates.ts';
import { DAILY_SUMMARY } from './topics.ts';

/** The job that mails one member their daily summary. */
export const SEND_DAILY_SUMMARY = 'daily_summary';
/** Members whose summaries one statement queues. */
const CHUNK = 500;
/** A summary lists at most this many items per topic, then says how many more Praxis holds. */
export const SUMMARY_ITEMS_PER_TOPIC = 50;

/**
 * Housekeeping: once the day's hour has come in the network's time zone, queues a summary for
 * every member with notifications not yet mailed, keyed by member and day, so that each gets one
 * a day however many instances and polls there are. The job decides what is in it; when it
 * finds nothing to mail it sends nothing.
 */
export async function planDailySummaries(db: Db, now: Date, options: EmailOptions) {
  const slot = dailySlot(now, options.mail.timeZone);
  if (!slot.due) return 0;
  const memberIds = await membersWithPending(db, daysBefore(now, MAIL_LOOKBACK_DAYS), now);
  for (let start = 0; start < memberIds.length; start += CHUNK) {
    await enqueue(
      db,
      memberIds.slice(start, start + CHUNK).map((memberId) => ({
        kind: SEND_DAILY_SUMMARY,
        key: `${SEND_DAILY_SUMMARY}:${memberId}:${slot.key}`,
        payload: { memberId, day: slot.key },
        runAt: now,
      })),
    );
  }
  return memberIds.length;
}

/**
 * SEND_DAILY_SUMMARY: one mail with the member's unread, unmailed notifications of the last days
 * that they want daily, and the instant ones the hourly limit held back (older than the
 * window, so that one still waiting for its own mail stays there), grouped by topic; marked
 * mailed with it. Topics turned off are never mailed.
 */
export function sendDailySummary(options: MailOptions) {
  const delayMs = options.mail.batchDelaySeconds * 1000;
  return async (db: Db, job: Job, now: Date) => {
    const { memberId } = job.payload;
    if (!memberId) throw new Error('daily_summary without its member');
    await lockMemberMail(db, memberId);
    const recipient = await mailableRecipient(db, memberId);
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
    const message = await dailySummaryMail(db, options, recipient, rows, now, heldBack);
    await queueMail(db, { memberId, purpose: 'daily', message });
    await markMailed(
      db,
      rows.map((row) => row.id),
      now,
    );
  };
}

/**
 * The daily summary of `rows`, a section per topic. `heldBack`: some rows are instant ones the
 * hourly limit held back, which the mail explains.
 */
async function dailySummaryMail(
  db: Db,
  options: MailOptions,
  { member, modes }: Recipient,
  rows: TopicalNotification[],
  now: Date,
  heldBack: boolean,
): Promise<QueuedMessage> {
  const { publicOrigin, mail } = options;
  const language = languageOf(options, member);
  const { t } = language;
  const records = await loadNoticeRecords(db, member, language, rows, now);
  const network = { publicOrigin, timeZone: mail.timeZone };
  const sections: MailSection[] = EmailTopic.options.flatMap((topic) => {
    const items = byConversation(rows.filter((row) => row.topic === topic)).flatMap(
      (conversation) => itemsOf(language, records, network, conversation, 'summary'),
    );
    if (items.length === 0) return [];
    const more = items.length - SUMMARY_ITEMS_PER_TOPIC;
    const moreItem = {
      title: t('mail.summary.more', { count: more }),
      href: `${publicOrigin}/notifications`,
    };
    return [
      {
        heading: t(`mail.topic.heading.${topic}`),
        items: [...items.slice(0, SUMMARY_ITEMS_PER_TOPIC), ...(more > 0 ? [moreItem] : [])],
      },
    ];
  });
  // A calendar invitation names one event: a summary carries one only when one meetup's date is
  // news in it; otherwise each meetup's page has its file.
  const meetupIds = [...new Set(rows.flatMap((row) => (row.meetupId ? [row.meetupId] : [])))];
  const calendar =
    meetupIds.length === 1 && meetupIds[0]
      ? await calendarFor(db, options, language, member, meetupIds[0], rows, now)
      : null;
  const list = await listHeaders(db, {
    publicOrigin,
    mail,
    memberId: member.id,
    topic: DAILY_SUMMARY,
  });
  const daily = [...new Set(rows.map((row) => row.topic))].filter(
    (topic) => modes[topic] === 'daily',
  );
  const dailyNames = daily.map((topic) => t(`mail.topic.name.${topic}`));
  const content: MailContent = {
    lang: language.tag,
    preview: t('mail.summary.intro'),
    heading: t('mail.summary.heading'),
    intro: [
      t('mail.summary.intro'),
      heldBack ? t('mail.summary.heldBack', { count: NOTICE_MAILS_PER_HOUR }) : '',
      calendarLine(language, calendar),
    ].filter(Boolean),
    sections,
    footer: {
      reason:
        daily.length > 0
          ? t('mail.footer.daily', { topics: language.list(dailyNames) })
          : t('mail.footer.heldBack'),
      links: [
        { label: t('mail.footer.preferences'), href: list.preferencesPage },
        { label: t('mail.footer.unsubscribeSummary'), href: list.unsubscribePage },
      ],
    },
  };
  const { html, text } = await renderMail(content);
  return {
    to: member.email,
    subject: t('mail.summary.subject', { count: rows.length }),
    text,
    html,
    headers: list.headers,
    ...(calendar ? { calendar } : {}),
  };
}

/** The rows grouped by conversation, in the order each conversation first appears. */
function byConversation(rows: TopicalNotification[]): TopicalNotification[][] {
  const groups = new Map<string, TopicalNotification[]>();
  for (const row of rows) {
    const key = conversationKey(conversationOf(row));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}
