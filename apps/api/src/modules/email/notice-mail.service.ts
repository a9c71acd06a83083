import type { EmailMode, EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { members } from '@praxis/db/schema/members';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { enqueue } from '../../plugins/job-queue.ts';
import type { Job } from '../../plugins/jobs.ts';
import { accountColumns } from '../members/account-columns.ts';
import {
  type Conversation,
  conversationKey,
  conversationOf,
  type MailableNotification,
  markMailed,
  notificationsByIds,
  parseConversationKey,
  pendingNotifications,
} from '../notifications/notifications.mail.ts';
import { threadsForMail } from '../threads/threads.mail.ts';
import { deliveriesSince, hardBounced, queueMail } from './deliveries.ts';
import type { EmailOptions, MailOptions } from './email.jobs.ts';
import type { TopicalNotification } from './notice-mail.content.ts';
import { instantNotice } from './notice-mail.templates.ts';
import { chosenModes } from './preferences.repository.ts';
import { modesFor, topicOf } from './topics.ts';

/** The job that mails one member what happened in one conversation, once its window closed. */
export const SEND_NOTICE_MAIL = 'notice_mail';
/**
 * At most this many instant mails go to a member in any hour; past it, what comes waits for the
 * daily summary, so a burst of 50 replies is a handful of mails, not 50.
 */
export const NOTICE_MAILS_PER_HOUR = 4;
/** Mail looks this far back for notifications it has not sent; older ones stay in the app. */
export const MAIL_LOOKBACK_DAYS = 7;
/** At most this many notifications go into one mail; the rest wait for the next one. */
export const NOTIFICATIONS_PER_MAIL = 500;

export interface Recipient {
  member: AccountMember;
  modes: Record<EmailTopic, EmailMode>;
}

export const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 24 * 3600 * 1000);

/**
 * The active members among `memberIds`, with their modes (their choices, or the defaults); the
 * others get no mail.
 */
async function recipientsOf(db: Db, memberIds: string[]): Promise<Map<string, Recipient>> {
  const unique = [...new Set(memberIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select(accountColumns)
    .from(members)
    .where(and(inArray(members.id, unique), isNull(members.deactivatedAt)));
  const chosen = await chosenModes(
    db,
    rows.map((row) => row.id),
  );
  return new Map(
    rows.map((member) => [
      member.id,
      { member, modes: modesFor(member.role, chosen.get(member.id) ?? new Map()).topics },
    ]),
  );
}

/**
 * The member, when a mail can be made for them now: active, and their address has not bounced
 * for good. Nothing is made for the others, nor marked mailed: what they were told of waits in
 * the app. (Planning does not ask, so that a burst to many members reads no address health; the
 * job it plans asks.)
 */
export async function mailableRecipient(db: Db, memberId: string): Promise<Recipient | null> {
  const recipient = (await recipientsOf(db, [memberId])).get(memberId);
  if (!recipient || (await hardBounced(db, recipient.member.email))) return null;
  return recipient;
}

/** Notifications with their topic; those never mailed (no topic) left out. */
export async function withTopics(
  db: Db,
  rows: MailableNotification[],
): Promise<TopicalNotification[]> {
  const threads = await threadsForMail(
    db,
    rows.flatMap((row) => (row.kind === 'reply' && row.threadId ? [row.threadId] : [])),
  );
  return rows.flatMap((row) => {
    const ownThread = row.threadId ? threads.get(row.threadId)?.authorId === row.memberId : false;
    const topic = topicOf(row.kind, ownThread);
    return topic ? [{ ...row, topic }] : [];
  });
}

/**
 * Holds the member's mail lock until the transaction ends: two mails about the same
 * notifications (or counting the same hour) are made one after the other.
 */
export async function lockMemberMail(db: Db, memberId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`mail:${memberId}`}))`);
}

/**
 * PLAN_NOTICE_MAIL: for each member and conversation with new notifications they want at once,
 * one SEND_NOTICE_MAIL job at the end of the window that the oldest of its unmailed, unread instant
 * notifications opened. The key names that notification, so notifications arriving within one
 * window plan the same job again, which the queue keeps once.
 */
export function planNoticeMails({ mail }: EmailOptions) {
  const delayMs = mail.batchDelaySeconds * 1000;
  return async (db: Db, job: Job) => {
    const ids = (job.payload.ids ?? '').split(',').filter(Boolean);
    const fresh = (await notificationsByIds(db, ids)).filter((row) => !row.readAt && !row.mailedAt);
    const recipients = await recipientsOf(
      db,
      fresh.map((row) => row.memberId),
    );
    const latest = new Map<
      string,
      { recipient: Recipient; conversation: Conversation; at: Date }
    >();
    for (const row of await withTopics(db, fresh)) {
      const recipient = recipients.get(row.memberId);
      if (recipient?.modes[row.topic] !== 'instant') continue;
      const conversation = conversationOf(row);
      const key = `${row.memberId} ${conversationKey(conversation)}`;
      const known = latest.get(key);
      if (!known || known.at < row.createdAt) {
        latest.set(key, { recipient, conversation, at: row.createdAt });
      }
    }
    for (const { recipient, conversation, at } of latest.values()) {
      // An older one whose window has closed was mailed, or held back for the summary.
      const open = await pendingNotifications(db, recipient.member, {
        conversation,
        from: new Date(at.getTime() - delayMs),
        limit: NOTIFICATIONS_PER_MAIL,
      });
      const anchor = (await withTopics(db, open)).find(
        (row) => recipient.modes[row.topic] === 'instant',
      );
      if (!anchor) continue;
      const where = conversationKey(conversation);
      await enqueue(db, {
        kind: SEND_NOTICE_MAIL,
        key: `${SEND_NOTICE_MAIL}:${recipient.member.id}:${where}:${anchor.id}`,
        payload: { memberId: recipient.member.id, conversation: where },
        runAt: new Date(anchor.createdAt.getTime() + delayMs),
      });
    }
  };
}

/**
 * SEND_NOTICE_MAIL: one mail with every notification of the conversation the member still has not
 * seen in a tab, may still see and wants at once; nothing when there is none left, or when the
 * hour's mails are spent (those wait for the summary). They are marked mailed with the mail.
 */
export function sendNoticeMail(options: MailOptions) {
  return async (db: Db, job: Job, now: Date) => {
    const { memberId } = job.payload;
    const conversation = parseConversationKey(job.payload.conversation ?? '');
    if (!memberId || !conversation) throw new Error('notice_mail without its member or place');
    await lockMemberMail(db, memberId);
    const recipient = await mailableRecipient(db, memberId);
    if (!recipient) return;
    const pending = await pendingNotifications(db, recipient.member, {
      conversation,
      from: daysBefore(now, MAIL_LOOKBACK_DAYS),
      until: now,
      limit: NOTIFICATIONS_PER_MAIL,
    });
    const rows = (await withTopics(db, pending)).filter(
      (row) => recipient.modes[row.topic] === 'instant',
    );
    if (rows.length === 0) return;
    const hourAgo = new Date(now.getTime() - 3600 * 1000);
    if ((await deliveriesSince(db, { memberId }, 'notice', hourAgo)) >= NOTICE_MAILS_PER_HOUR)
      return;
    const message = await instantNotice(db, options, recipient, conversation, rows, now);
    await queueMail(db, { memberId, purpose: 'notice', message });
    await markMailed(
      db,
      rows.map((row) => row.id),
      now,
    );
  };
}
