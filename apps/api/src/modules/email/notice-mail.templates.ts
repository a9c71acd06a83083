import type { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import { fill } from '../../lib/fill-template.ts';
import { type MailContent, renderMail } from '../../lib/mail-layout.tsx';
import { meetupInvitation } from '../calendar/calendar.mail.ts';
import type { Conversation, MailableNotification } from '../notifications/notifications.mail.ts';
import { messageIdHost, type QueuedMessage } from './deliveries.ts';
import type { EmailOptions } from './email.jobs.ts';
import { listHeaders } from './mail-headers.ts';
import { noticeMessages as said } from './messages/notices.ts';
import {
  actorOf,
  countedNotice,
  itemsOf,
  listed,
  loadNoticeRecords,
  type NoticeRecords,
  roomName,
  sentenceOf,
  type TopicalNotification,
} from './notice-mail.content.ts';
import type { Recipient } from './notice-mail.service.ts';
import { createReplyAddress } from './reply-addresses.ts';

// The instant notification mail as a whole, about one conversation: its subject, its items
// (from notice-mail.content.ts), the calendar invitation a meetup's date brings, its headers.

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
  options: EmailOptions,
  member: AccountMember,
  meetupId: string,
  rows: MailableNotification[],
  now: Date,
) {
  if (!rows.some((row) => row.meetupId === meetupId && DATED.has(row.kind))) return null;
  const host = messageIdHost(options.publicOrigin, options.mail);
  const { organizer, cancelled, cancelledWithoutReason } = said.calendar;
  return meetupInvitation(db, member, meetupId, {
    publicOrigin: options.publicOrigin,
    organizer: { name: organizer, email: `no-reply@${host}` },
    noteCancelled: (reason) => (reason ? fill(cancelled, { reason }) : cancelledWithoutReason),
    now,
  });
}

/** The line that tells of the attached invitation or cancellation, if there is one. */
export function calendarLine(calendar: { method: 'REQUEST' | 'CANCEL' } | null): string {
  if (!calendar) return '';
  return calendar.method === 'CANCEL'
    ? said.detail.calendarCancelAttached
    : said.detail.calendarAttached;
}

/** The topic most of the rows have: the one the mail's unsubscribe link stops. */
function mainTopic(rows: TopicalNotification[]): EmailTopic {
  const tally = new Map<EmailTopic, number>();
  for (const row of rows) tally.set(row.topic, (tally.get(row.topic) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'mentions';
}

const conversationPath = { thread: 'threads', room: 'chat', meetup: 'meetups', other: '' } as const;

/** The mail about one conversation's notifications, sent once its window closed. */
export async function instantNotice(
  db: Db,
  options: EmailOptions,
  { member }: Recipient,
  conversation: Conversation,
  rows: TopicalNotification[],
  now: Date,
): Promise<QueuedMessage> {
  const { publicOrigin, mail } = options;
  const records = await loadNoticeRecords(db, member, rows, now);
  const topic = mainTopic(rows);
  const list = await listHeaders(db, { publicOrigin, mail, memberId: member.id, topic });
  const subject = subjectOf(records, member, conversation, rows);
  const host = messageIdHost(publicOrigin, mail);
  const thread = conversation.kind === 'thread' ? records.threads.get(conversation.id) : undefined;
  const answerable =
    (conversation.kind === 'thread' && thread && !thread.locked) ||
    (conversation.kind === 'room' && records.rooms.has(conversation.id));
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
  const items = itemsOf(records, { publicOrigin, timeZone: mail.timeZone }, rows, 'instant');
  const path = conversation.id
    ? `/${conversationPath[conversation.kind]}/${conversation.id}`
    : '/notifications';
  const content: MailContent = {
    lang: said.lang,
    preview: items.at(-1)?.body?.slice(0, 140) ?? subject,
    heading: subject,
    intro: [
      replyTo ? said.replyByMail[conversation.kind === 'room' ? 'room' : 'thread'] : '',
      calendarLine(calendar),
    ].filter(Boolean),
    sections: [{ items }],
    action: {
      label:
        conversation.kind === 'other'
          ? said.actions.notifications
          : said.actions[conversation.kind],
      href: `${publicOrigin}${path}`,
    },
    footer: {
      reason: fill(said.footer.instant, {
        topics: listed([...new Set(rows.map((row) => said.topicName[row.topic]))]),
      }),
      links: [
        { label: said.footer.preferences, href: list.preferencesPage },
        {
          label: fill(said.footer.unsubscribeTopic, { topic: said.topicName[topic] }),
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

/** The subject of an instant mail about one conversation. */
function subjectOf(
  records: NoticeRecords,
  member: AccountMember,
  conversation: Conversation,
  rows: MailableNotification[],
): string {
  const [first] = rows;
  const count = rows.length;
  if (!first) return countedNotice(said.subject.other, count);
  if (count === 1 && conversation.kind !== 'room') return sentenceOf(records, first);
  switch (conversation.kind) {
    case 'thread': {
      const thread = records.threads.get(conversation.id)?.title ?? '';
      const forms = rows.every((row) => row.kind === 'reply')
        ? said.subject.replies
        : said.subject.threadUpdates;
      return countedNotice(forms, count, { thread });
    }
    case 'room': {
      const chat = records.rooms.get(conversation.id);
      if (chat?.room.kind === 'direct') {
        const theirs = chat.messages.filter((message) => message.authorId !== member.id);
        const names = [...new Set(theirs.map((message) => message.authorId))].map((id) =>
          actorOf(records, id),
        );
        const [actor] = names;
        if (names.length === 1 && actor) {
          return countedNotice(said.subject.messagesFrom, theirs.length, { actor });
        }
        if (names.length > 1) {
          return countedNotice(said.subject.messagesFromSeveral, theirs.length, {
            actors: listed(names),
          });
        }
      }
      if (count === 1) return sentenceOf(records, first);
      const room = roomName(chat?.room);
      return room
        ? countedNotice(said.subject.mentionsInRoom, count, { room })
        : countedNotice(said.subject.mentionsInNetworkChat, count);
    }
    case 'meetup': {
      const meetup = records.meetups.get(conversation.id)?.title ?? '';
      return countedNotice(said.subject.meetupUpdates, count, { meetup });
    }
    case 'other':
      return countedNotice(said.subject.other, count);
  }
}
