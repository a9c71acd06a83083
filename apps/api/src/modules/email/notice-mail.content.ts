import type { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import type { MailLanguage } from '../../lib/mail-language.ts';
import { type MailItem, shorten } from '../../lib/mail-layout.tsx';
import {
  type MessageForMail,
  messagesSince,
  type RoomForMail,
  roomForMail,
} from '../chat/chat.mail.ts';
import { type LessonForMail, lessonsForMail } from '../lessons/lessons.mail.ts';
import { type MeetupForMail, meetupsForMail } from '../meetups/meetups.mail.ts';
import { authorsById } from '../members/members.service.ts';
import { conversationOf, type MailableNotification } from '../notifications/notifications.mail.ts';
import { type PilotForMail, pilotsForMail, pilotUpdateTexts } from '../pilots/pilots.mail.ts';
import {
  type PostForMail,
  postTexts,
  type ThreadForMail,
  threadsForMail,
} from '../threads/threads.mail.ts';
import { actorOf, noticeActorOf, sentenceOf } from './notice-mail.sentences.ts';

// What a notification mail says of each notification, in the member's language: its sentence,
// and the items, with the posts' and messages' own text and a link to the exact place.

/** A notification with the topic it is mailed under. */
export type TopicalNotification = MailableNotification & { topic: EmailTopic };

/** At most this many chat messages in one mail: the latest, after a line saying how many more. */
export const MESSAGES_PER_MAIL = 50;
/** A post longer than this is cut, and the link leads to the rest. */
const MAX_BODY = 5000;

/** What a mail's notifications point at, read once per mail: the items are made of it. */
export interface NoticeRecords {
  /** Names of the people who acted or wrote, by member id. */
  names: Map<string, string>;
  threads: Map<string, ThreadForMail>;
  /** The text of each reply (by its id) and of each thread's opening post (by the thread's). */
  posts: Map<string, PostForMail>;
  meetups: Map<string, MeetupForMail>;
  lessons: Map<string, LessonForMail>;
  pilots: Map<string, PilotForMail>;
  /** The text of each pilot update, by its id. */
  pilotUpdates: Map<string, string>;
  rooms: Map<string, { room: RoomForMail; messages: MessageForMail[]; earlier: number }>;
}

/** Where a mail's links lead and which zone its times are in: the network's settings. */
export interface NetworkSettings {
  publicOrigin: string;
  /** The network's time zone, for the times of posts and messages. */
  timeZone: string;
}

export async function loadNoticeRecords(
  db: Db,
  member: AccountMember,
  language: MailLanguage,
  rows: MailableNotification[],
  until: Date,
): Promise<NoticeRecords> {
  const threadPosts = rows.flatMap((row) =>
    row.threadId ? [{ threadId: row.threadId, replyId: row.replyId }] : [],
  );
  const rooms: NoticeRecords['rooms'] = new Map();
  for (const roomId of new Set(rows.flatMap((row) => (row.roomId ? [row.roomId] : [])))) {
    const room = await roomForMail(db, member.id, roomId, language.locale);
    if (!room) continue;
    const from = rows.flatMap((row) =>
      row.roomId === roomId && row.messageId ? [row.messageId] : [],
    );
    rooms.set(roomId, {
      room,
      ...(await messagesSince(db, roomId, from, until, MESSAGES_PER_MAIL)),
    });
  }
  const people = await authorsById(db, [
    ...rows.flatMap((row) => (row.actorId ? [row.actorId] : [])),
    ...[...rooms.values()].flatMap(({ messages }) => messages.map((message) => message.authorId)),
  ]);
  return {
    names: new Map([...people].map(([id, person]) => [id, person.name])),
    threads: await threadsForMail(
      db,
      threadPosts.map((post) => post.threadId),
    ),
    posts: await postTexts(db, threadPosts),
    meetups: await meetupsForMail(
      db,
      rows.flatMap((row) => (row.meetupId ? [row.meetupId] : [])),
    ),
    lessons: await lessonsForMail(
      db,
      member,
      rows.flatMap((row) => (row.lessonId ? [row.lessonId] : [])),
    ),
    pilots: await pilotsForMail(
      db,
      member,
      rows.flatMap((row) => (row.pilotId ? [row.pilotId] : [])),
    ),
    pilotUpdates: await pilotUpdateTexts(
      db,
      member,
      rows.flatMap((row) => (row.pilotUpdateId ? [row.pilotUpdateId] : [])),
    ),
    rooms,
  };
}

/** A post's or message's time, in the network's time zone. */
const postedAt = (language: MailLanguage, at: Date, timeZone: string) =>
  language.date(at, timeZone, { dateStyle: 'medium', timeStyle: 'short' });

/** Kinds whose item says less under an instant mail's heading, which names the thread. */
const SHORT_KINDS = ['reply', 'mention', 'accepted_answer', 'advice_request', 'flag'] as const;
const isShort = (kind: string): kind is (typeof SHORT_KINDS)[number] =>
  (SHORT_KINDS as readonly string[]).includes(kind);

/**
 * The items a mail shows for one conversation's notifications: under an instant mail's heading,
 * which names the place, they say less than in a summary, where they stand among others.
 */
export function itemsOf(
  language: MailLanguage,
  records: NoticeRecords,
  network: NetworkSettings,
  rows: MailableNotification[],
  style: 'instant' | 'summary',
): MailItem[] {
  const first = rows[0];
  if (!first) return [];
  const conversation = conversationOf(first);
  const chat = conversation.kind === 'room' ? records.rooms.get(conversation.id) : undefined;
  if (chat && chat.messages.length > 0) return chatItems(language, records, network, chat, style);
  return rows.map((row) => noticeItem(language, records, network, row, style));
}

function noticeItem(
  language: MailLanguage,
  records: NoticeRecords,
  network: NetworkSettings,
  row: MailableNotification,
  style: 'instant' | 'summary',
): MailItem {
  const { t } = language;
  const posted = postedAt(language, row.createdAt, network.timeZone);
  if (row.threadId && !row.meetupId && !row.roomId) {
    const actor = noticeActorOf(language, records, row);
    const post = records.posts.get(row.replyId ?? row.threadId);
    // Off the record: only the link leaves Praxis, with a sentence saying why.
    const body = post?.offRecord
      ? t('mail.notice.offRecord')
      : post?.text
        ? shorten(post.text, MAX_BODY)
        : '';
    const reason = row.detail.reason;
    return {
      title:
        style === 'instant' && isShort(row.kind)
          ? t(`mail.notice.short.${row.kind}`, { actor })
          : sentenceOf(language, records, row),
      href: `${network.publicOrigin}/threads/${row.threadId}${row.replyId ? `#reply-${row.replyId}` : ''}`,
      meta: [posted, reason ? t('mail.notice.detail.flagReason', { reason }) : '']
        .filter(Boolean)
        .join(' · '),
      ...(body ? { body } : {}),
    };
  }
  if (row.meetupId) {
    const meetup = records.meetups.get(row.meetupId);
    // A meetup's time in its own zone, which the line names: members may be elsewhere.
    const zoned = meetup?.startsAt
      ? t('mail.notice.zonedTime', {
          when: postedAt(language, meetup.startsAt, meetup.timezone),
          zone: meetup.timezone,
        })
      : null;
    const cancelled = meetup?.status === 'cancelled';
    const when = zoned && !cancelled ? t('mail.notice.detail.when', { when: zoned }) : '';
    const where = [meetup?.venue, meetup?.onlineUrl].filter(Boolean).join(' · ');
    const reason = row.kind === 'meetup_cancelled' ? row.detail.reason : undefined;
    const body = [
      reason ? t('mail.notice.detail.cancelReason', { reason }) : '',
      zoned && cancelled ? t('mail.notice.detail.wasPlanned', { when: zoned }) : '',
    ].filter(Boolean);
    return {
      title: sentenceOf(language, records, row),
      href: `${network.publicOrigin}/meetups/${row.meetupId}`,
      meta:
        [when, when && where ? t('mail.notice.detail.where', { where }) : '']
          .filter(Boolean)
          .join(' · ') || posted,
      ...(body.length > 0 ? { body: body.join('\n') } : {}),
    };
  }
  if (row.lessonId || row.pilotId) {
    const text = row.pilotUpdateId ? records.pilotUpdates.get(row.pilotUpdateId) : undefined;
    return {
      title: sentenceOf(language, records, row),
      href: row.lessonId
        ? `${network.publicOrigin}/library/${row.lessonId}`
        : `${network.publicOrigin}/pilots/${row.pilotId}`,
      meta: posted,
      ...(text ? { body: shorten(text, MAX_BODY) } : {}),
    };
  }
  return {
    title: sentenceOf(language, records, row),
    href: row.roomId
      ? `${network.publicOrigin}/chat/${row.roomId}`
      : row.detail.showcaseItemId
        ? `${network.publicOrigin}/published/${row.detail.showcaseItemId}`
        : `${network.publicOrigin}/notifications`,
    meta: posted,
    ...(row.detail.excerpt ? { body: row.detail.excerpt } : {}),
  };
}

function chatItems(
  language: MailLanguage,
  records: NoticeRecords,
  network: NetworkSettings,
  chat: NonNullable<ReturnType<NoticeRecords['rooms']['get']>>,
  style: 'instant' | 'summary',
): MailItem[] {
  const { t } = language;
  const { room, messages, earlier } = chat;
  const link = `${network.publicOrigin}/chat/${room.id}`;
  const lead: MailItem[] =
    earlier > 0 ? [{ title: t('mail.notice.chat.earlier', { count: earlier }), href: link }] : [];
  return [
    ...lead,
    ...messages.map((message): MailItem => {
      const actor = actorOf(language, records, message.authorId);
      const title =
        style === 'instant'
          ? actor
          : room.kind === 'network'
            ? t('mail.notice.chat.wroteInNetworkChat', { actor })
            : room.kind !== 'direct'
              ? t('mail.notice.chat.wroteInRoom', { actor, room: room.title })
              : room.others === 1
                ? t('mail.notice.chat.wroteToYou', { actor })
                : t('mail.notice.chat.wroteInConversation', { actor, room: room.title });
      return {
        title,
        // Each message its own link, so that a mail's items stay apart; the room opens at its end.
        href: `${link}#message-${message.seq}`,
        meta: postedAt(language, message.createdAt, network.timeZone),
        body:
          message.files === null
            ? shorten(message.text, MAX_BODY)
            : t(
                message.files === 'picture'
                  ? 'mail.notice.chat.sentPicture'
                  : 'mail.notice.chat.sentFile',
              ),
      };
    }),
  ];
}
