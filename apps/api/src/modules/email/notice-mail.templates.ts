import type { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { NotificationKind } from '@praxis/contracts/notifications';
import type { Db } from '@praxis/db/client';
import type { MailLanguage } from '../../lib/mail-language.ts';
import { type MailContent, renderMail } from '../../lib/mail-layout.tsx';
import { meetupInvitation } from '../calendar/calendar.mail.ts';
import type { Conversation, MailableNotification } from '../notifications/notifications.mail.ts';
import { messageIdHost, type QueuedMessage } from './deliveries.ts';
import { languageOf, type MailOptions } from './email.jobs.ts';
import { listHeaders } from './mail-headers.ts';
import {
  itemsOf,
  loadNoticeRecords,
  type NoticeRecords,
  type TopicalNotification,
} from './notice-mail.content.ts';
import { actorOf, roomName, sentenceOf } from './notice-mail.sentences.ts';
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

/**
 * The meetup's invitation (or cancellation) for the calendar, when the rows are about its date;
 * its words in the mail's language. It comes from Praxis, a name no language translates.
 */
export async function calendarFor(
  db: Db,
  options: MailOptions,
  language: MailLanguage,
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
    locale: language.locale,
    now,
  });
}

/** The line that tells of the attached invitation or cancellation, if there is one. */
export function calendarLine(
  language: MailLanguage,
  calendar: { method: 'REQUEST' | 'CANCEL' } | null,
): string {
  if (!calendar) return '';
  return language.t(
    calendar.method === 'CANCEL'
      ? 'mail.notice.detail.calendarCancelAttached'
      : 'mail.notice.detail.calendarAttached',
  );
}

/** The topic most of the rows have: the one the mail's unsubscribe link stops. */
function mainTopic(rows: TopicalNotification[]): EmailTopic {
  const tally = new Map<EmailTopic, number>();
  for (const row of rows) tally.set(row.topic, (tally.get(row.topic) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'mentions';
}

const conversationPath = {
  thread: 'threads',
  room: 'chat',
  meetup: 'meetups',
  lesson: 'library',
  pilot: 'pilots',
  other: '',
} as const;

/** The mail about one conversation's notifications, sent once its window closed. */
export async function instantNotice(
  db: Db,
  options: MailOptions,
  { member }: Recipient,
  conversation: Conversation,
  rows: TopicalNotification[],
  now: Date,
): Promise<QueuedMessage> {
  const { publicOrigin, mail } = options;
  const language = languageOf(options, member);
  const { t } = language;
  const records = await loadNoticeRecords(db, member, language, rows, now);
  const topic = mainTopic(rows);
  const list = await listHeaders(db, { publicOrigin, mail, memberId: member.id, topic });
  const subject = subjectOf(language, records, member, conversation, rows);
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
      ? await calendarFor(db, options, language, member, conversation.id, rows, now)
      : null;
  const network = { publicOrigin, timeZone: mail.timeZone };
  const items = itemsOf(language, records, network, rows, 'instant');
  const path = conversation.id
    ? `/${conversationPath[conversation.kind]}/${conversation.id}`
    : '/notifications';
  const topics = [...new Set(rows.map((row) => t(`mail.topic.name.${row.topic}`)))];
  const content: MailContent = {
    lang: language.tag,
    preview: items.at(-1)?.body?.slice(0, 140) ?? subject,
    heading: subject,
    intro: [
      replyTo
        ? t(
            conversation.kind === 'room'
              ? 'mail.notice.replyByMail.room'
              : 'mail.notice.replyByMail.thread',
          )
        : '',
      calendarLine(language, calendar),
    ].filter(Boolean),
    sections: [{ items }],
    action: { label: t(ACTIONS[conversation.kind]), href: `${publicOrigin}${path}` },
    footer: {
      reason: t('mail.footer.instant', { topics: language.list(topics) }),
      links: [
        { label: t('mail.footer.preferences'), href: list.preferencesPage },
        {
          label: t('mail.footer.unsubscribeTopic', { topic: t(`mail.topic.name.${topic}`) }),
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

/** The button of a mail about each kind of conversation. */
const ACTIONS = {
  thread: 'mail.action.openThread',
  room: 'mail.action.openConversation',
  meetup: 'mail.action.openMeetup',
  lesson: 'mail.action.openLesson',
  pilot: 'mail.action.openPilot',
  other: 'mail.action.seeNotifications',
} as const;

/** The subject of an instant mail about one conversation. */
function subjectOf(
  language: MailLanguage,
  records: NoticeRecords,
  member: AccountMember,
  conversation: Conversation,
  rows: MailableNotification[],
): string {
  const { t } = language;
  const [first] = rows;
  const count = rows.length;
  if (!first) return t('mail.notice.subject.other', { count });
  if (count === 1 && conversation.kind !== 'room') return sentenceOf(language, records, first);
  switch (conversation.kind) {
    case 'thread': {
      const thread = records.threads.get(conversation.id)?.title ?? '';
      return rows.every((row) => row.kind === 'reply')
        ? t('mail.notice.subject.replies', { count, thread })
        : t('mail.notice.subject.threadUpdates', { count, thread });
    }
    case 'room': {
      const chat = records.rooms.get(conversation.id);
      if (chat?.room.kind === 'direct') {
        const theirs = chat.messages.filter((message) => message.authorId !== member.id);
        const names = [...new Set(theirs.map((message) => message.authorId))].map((id) =>
          actorOf(language, records, id),
        );
        const [actor] = names;
        if (names.length === 1 && actor) {
          return t('mail.notice.subject.messagesFrom', { count: theirs.length, actor });
        }
        if (names.length > 1) {
          return t('mail.notice.subject.messagesFromSeveral', {
            count: theirs.length,
            actors: language.list(names),
          });
        }
      }
      if (count === 1) return sentenceOf(language, records, first);
      const room = roomName(chat?.room);
      return room
        ? t('mail.notice.subject.mentionsInRoom', { count, room })
        : t('mail.notice.subject.mentionsInNetworkChat', { count });
    }
    case 'meetup': {
      const meetup = records.meetups.get(conversation.id)?.title ?? '';
      return t('mail.notice.subject.meetupUpdates', { count, meetup });
    }
    case 'lesson': {
      const lesson = records.lessons.get(conversation.id)?.title ?? '';
      return t('mail.notice.subject.lessonUpdates', { count, lesson });
    }
    case 'pilot': {
      const pilot = records.pilots.get(conversation.id)?.name ?? '';
      return t('mail.notice.subject.pilotUpdates', { count, pilot });
    }
    case 'other':
      return t('mail.notice.subject.other', { count });
  }
}
