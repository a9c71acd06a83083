import { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { meetupInvitation } from '../calendar/calendar.mail.ts';
import {
  type Conversation,
  conversationKey,
  conversationOf,
  type MailableNotification,
} from '../notifications/notifications.mail.ts';
import { messageIdHost, type QueuedMessage } from './deliveries.ts';
import { listHeaders } from './mail-headers.ts';
import { type MailContent, type MailSection, renderMail } from './mail-layout.tsx';
import { notices } from './messages/notices.ts';
import { itemsOf, loadWorld, subjectOf, type TopicalNotification } from './notice-mail.content.ts';
import type { NoticeOptions, Recipient } from './notice-mail.service.ts';
import { createReplyAddress } from './reply-addresses.ts';
import { DAILY_SUMMARY } from './topics.ts';

// The notification mails as a whole: an instant one about one conversation, and the daily
// summary; their items and subjects come from notice-mail.content.ts, their words from the
// catalog.

/** A summary lists at most this many items per topic, then says how many more Praxis holds. */
export const SUMMARY_ITEMS_PER_TOPIC = 50;

/** Kinds about a meetup's date, whose mail carries it for the member's calendar. */
const DATED: ReadonlySet<NotificationKind> = new Set([
  'meetup_scheduled',
  'meetup_changed',
  'meetup_cancelled',
  'meetup_reminder',
  'waitlist_promoted',
]);

/** The meetup's invitation (or cancellation) for the calendar, when the rows are about its date. */
export async function calendarFor(
  db: Db,
  options: NoticeOptions,
  member: AccountMember,
  meetupId: string,
  rows: MailableNotification[],
  now: Date,
) {
  if (!rows.some((row) => row.meetupId === meetupId && DATED.has(row.kind))) return null;
  const host = messageIdHost(options.publicOrigin, options.mail);
  return meetupInvitation(db, member, meetupId, {
    publicOrigin: options.publicOrigin,
    organizer: { name: 'Praxis', email: `no-reply@${host}` },
    now,
  });
}

/** The topic most of the rows have: the one the mail's unsubscribe link stops. */
function mainTopic(rows: TopicalNotification[]): EmailTopic {
  const tally = new Map<EmailTopic, number>();
  for (const row of rows) tally.set(row.topic, (tally.get(row.topic) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'mentions';
}

/** The mail about one conversation's notifications, sent once its window closed. */
export async function instantNotice(
  db: Db,
  options: NoticeOptions,
  { member }: Recipient,
  conversation: Conversation,
  rows: TopicalNotification[],
  now: Date,
): Promise<QueuedMessage> {
  const { publicOrigin, mail } = options;
  const world = await loadWorld(db, member, rows, now);
  const topic = mainTopic(rows);
  const list = await listHeaders(db, { publicOrigin, mail, memberId: member.id, topic });
  const subject = subjectOf(world, member, conversation, rows);
  const host = messageIdHost(publicOrigin, mail);
  const thread = conversation.kind === 'thread' ? world.threads.get(conversation.id) : undefined;
  const answerable =
    (conversation.kind === 'thread' && thread && !thread.locked) ||
    (conversation.kind === 'room' && world.rooms.has(conversation.id));
  const replyTo =
    mail.inbound && answerable && conversation.id
      ? await createReplyAddress(
          db,
          member.id,
          conversation.kind === 'thread'
            ? { threadId: conversation.id }
            : { roomId: conversation.id },
          mail.inbound.domain,
          now,
        )
      : undefined;
  const calendar =
    conversation.kind === 'meetup'
      ? await calendarFor(db, options, member, conversation.id, rows, now)
      : null;
  const items = itemsOf(world, { publicOrigin, timeZone: mail.timeZone }, rows, 'instant');
  const place = conversation.id
    ? `/${placePath[conversation.kind]}/${conversation.id}`
    : '/notifications';
  const content: MailContent = {
    lang: notices.lang,
    preview: items.at(-1)?.body?.slice(0, 140) ?? subject,
    heading: subject,
    intro: [
      replyTo ? notices.replyByMail[conversation.kind === 'room' ? 'room' : 'thread'] : '',
      calendarLine(calendar),
    ].filter(Boolean),
    sections: [{ items }],
    action: {
      label:
        conversation.kind === 'other'
          ? notices.actions.notifications
          : notices.actions[conversation.kind],
      href: `${publicOrigin}${place}`,
    },
    footer: {
      reason: notices.footer.instant({
        topics: notices.list([...new Set(rows.map((row) => notices.topicName[row.topic]))]),
      }),
      links: [
        { label: notices.footer.preferences, href: list.preferencesPage },
        {
          label: notices.footer.unsubscribeTopic({ topic: notices.topicName[topic] }),
          href: list.unsubscribePage,
        },
      ],
    },
  };
  const { html, text } = await renderMail(content);
  const conversationRef = conversation.id
    ? `<${conversation.kind}-${conversation.id}@${host}>`
    : null;
  return {
    to: member.email,
    subject,
    text,
    html,
    headers: list.headers,
    ...(replyTo ? { replyTo } : {}),
    ...(conversationRef ? { inReplyTo: conversationRef, references: [conversationRef] } : {}),
    ...(calendar ? { calendar } : {}),
  };
}

const placePath = { thread: 'threads', room: 'chat', meetup: 'meetups', other: '' } as const;

/**
 * The daily summary of `rows`, a section per topic. `heldBackLimit`: set when some rows are
 * instant ones the hourly limit held back, which the mail explains.
 */
export async function dailySummaryMail(
  db: Db,
  options: NoticeOptions,
  recipient: Recipient,
  rows: TopicalNotification[],
  now: Date,
  heldBackLimit: number | null,
): Promise<QueuedMessage> {
  const { member, modes } = recipient;
  const { publicOrigin, mail } = options;
  const world = await loadWorld(db, member, rows, now);
  const place = { publicOrigin, timeZone: mail.timeZone };
  const sections: MailSection[] = EmailTopic.options.flatMap((topic) => {
    const items = byConversation(rows.filter((row) => row.topic === topic)).flatMap(
      (conversation) => itemsOf(world, place, conversation, 'summary'),
    );
    if (items.length === 0) return [];
    const more = items.length - SUMMARY_ITEMS_PER_TOPIC;
    return [
      {
        heading: notices.topicHeading[topic],
        items: [
          ...items.slice(0, SUMMARY_ITEMS_PER_TOPIC),
          ...(more > 0
            ? [{ title: notices.more({ count: more }), href: `${publicOrigin}/notifications` }]
            : []),
        ],
      },
    ];
  });
  // A calendar invitation names one event: a summary carries one only when one meetup's date is
  // news in it; otherwise each meetup's page has its file.
  const meetupIds = [...new Set(rows.flatMap((row) => (row.meetupId ? [row.meetupId] : [])))];
  const calendar =
    meetupIds.length === 1 && meetupIds[0]
      ? await calendarFor(db, options, member, meetupIds[0], rows, now)
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
  const content: MailContent = {
    lang: notices.lang,
    preview: notices.summary.intro,
    heading: notices.summary.heading,
    intro: [
      notices.summary.intro,
      heldBackLimit === null ? '' : notices.summary.heldBack({ limit: heldBackLimit }),
      calendarLine(calendar),
    ].filter(Boolean),
    sections,
    footer: {
      reason:
        daily.length > 0
          ? notices.footer.daily({
              topics: notices.list(daily.map((topic) => notices.topicName[topic])),
            })
          : notices.footer.heldBack,
      links: [
        { label: notices.footer.preferences, href: list.preferencesPage },
        { label: notices.footer.unsubscribeSummary, href: list.unsubscribePage },
      ],
    },
  };
  const { html, text } = await renderMail(content);
  return {
    to: member.email,
    subject: notices.subject.dailySummary({ count: rows.length }),
    text,
    html,
    headers: list.headers,
    ...(calendar ? { calendar } : {}),
  };
}

function calendarLine(calendar: { method: 'REQUEST' | 'CANCEL' } | null): string {
  if (!calendar) return '';
  return calendar.method === 'CANCEL'
    ? notices.detail.calendarCancelAttached
    : notices.detail.calendarAttached;
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
