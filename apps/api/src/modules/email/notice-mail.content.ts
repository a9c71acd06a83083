import type { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { type Counted, fill, fillCounted } from '../../lib/fill-template.ts';
import { type MailItem, shorten } from '../../lib/mail-layout.tsx';
import {
  type MessageForMail,
  messagesSince,
  type RoomForMail,
  roomForMail,
} from '../chat/chat.mail.ts';
import { type MeetupForMail, meetupsForMail } from '../meetups/meetups.mail.ts';
import { authorsById } from '../members/members.service.ts';
import { conversationOf, type MailableNotification } from '../notifications/notifications.mail.ts';
import { postTexts, type ThreadForMail, threadsForMail } from '../threads/threads.mail.ts';
import { noticeMessages as said } from './messages/notices.ts';

// What a notification mail says of each notification, in the catalog's words: its sentence, and
// the items, with the posts' and messages' own text and a link to the exact place.

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
  posts: Map<string, string>;
  meetups: Map<string, MeetupForMail>;
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
  rows: MailableNotification[],
  until: Date,
): Promise<NoticeRecords> {
  const threadPosts = rows.flatMap((row) =>
    row.threadId ? [{ threadId: row.threadId, replyId: row.replyId }] : [],
  );
  const rooms: NoticeRecords['rooms'] = new Map();
  for (const roomId of new Set(rows.flatMap((row) => (row.roomId ? [row.roomId] : [])))) {
    const room = await roomForMail(db, member.id, roomId);
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
    rooms,
  };
}

/** A counted phrase of the catalog in the form its language uses for `count`. */
export const countedNotice = (
  forms: Counted,
  count: number,
  values: Record<string, string | number> = {},
) => fillCounted(forms, count, said.lang, values);

/** Names or topics as the catalog's language lists them: "Ana, Ben and Chloé". */
export const listed = (items: string[]) =>
  new Intl.ListFormat(said.lang, { style: 'long', type: 'conjunction' }).format(items);

function formatTime(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat(said.lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

/** The name of the member who acted, as the mail shows it. */
export const actorOf = (records: NoticeRecords, actorId: string | null) =>
  (actorId && records.names.get(actorId)) || said.someone;

/** One notification as a sentence: the subject of a mail about it alone, a summary's line. */
export function sentenceOf(records: NoticeRecords, row: MailableNotification): string {
  const actor = actorOf(records, row.actorId);
  const thread = (row.threadId && records.threads.get(row.threadId)?.title) || '';
  const meetup = (row.meetupId && records.meetups.get(row.meetupId)?.title) || '';
  const sentence = said.sentence;
  switch (row.kind) {
    case 'reply':
    case 'mention':
    case 'accepted_answer':
    case 'advice_request':
    case 'flag':
      return fill(sentence[row.kind], { actor, thread });
    case 'meetup_poll_opened':
    case 'meetup_scheduled':
    case 'meetup_changed':
    case 'meetup_cancelled':
    case 'waitlist_promoted':
      return fill(sentence[row.kind], { meetup });
    case 'meetup_reminder': {
      const { tomorrow, inAWeek, soon } = sentence.meetup_reminder;
      const when = row.detail.when;
      return fill(when === '1d' ? tomorrow : when === '7d' ? inAWeek : soon, { meetup });
    }
    case 'agenda_accepted': {
      const contribution = row.detail.title;
      const { titled, untitled } = sentence.agenda_accepted;
      return fill(contribution ? titled : untitled, { meetup, contribution: contribution ?? '' });
    }
    case 'notes_mention':
      return fill(sentence.notes_mention, { actor, meetup });
    case 'direct_message':
      return fill(sentence.direct_message, { actor });
    case 'chat_mention': {
      const chat = row.roomId ? records.rooms.get(row.roomId)?.room : undefined;
      const room = roomName(chat) ?? row.detail.room;
      const { network, room: inRoom } = sentence.chat_mention;
      return fill(room ? inRoom : network, { actor, room: room ?? '' });
    }
    case 'email_bounced':
      break;
  }
  return countedNotice(said.subject.other, 1);
}

/** A room's name in a sentence; none for the network chat, which sentences name their own way. */
export const roomName = (room: RoomForMail | undefined) =>
  room && room.kind !== 'network' ? room.title : undefined;

/**
 * The items a mail shows for one conversation's notifications: under an instant mail's heading,
 * which names the place, they say less than in a summary, where they stand among others.
 */
export function itemsOf(
  records: NoticeRecords,
  network: NetworkSettings,
  rows: MailableNotification[],
  style: 'instant' | 'summary',
): MailItem[] {
  const first = rows[0];
  if (!first) return [];
  const conversation = conversationOf(first);
  const chat = conversation.kind === 'room' ? records.rooms.get(conversation.id) : undefined;
  if (chat && chat.messages.length > 0) return chatItems(records, network, chat, style);
  return rows.map((row) => noticeItem(records, network, row, style));
}

function noticeItem(
  records: NoticeRecords,
  network: NetworkSettings,
  row: MailableNotification,
  style: 'instant' | 'summary',
): MailItem {
  const posted = formatTime(row.createdAt, network.timeZone);
  if (row.threadId && !row.meetupId && !row.roomId) {
    const actor = actorOf(records, row.actorId);
    const text = records.posts.get(row.replyId ?? row.threadId);
    const short = style === 'instant' && row.kind in said.short;
    return {
      title: short
        ? fill(said.short[row.kind as keyof typeof said.short], { actor })
        : sentenceOf(records, row),
      href: `${network.publicOrigin}/threads/${row.threadId}${row.replyId ? `#reply-${row.replyId}` : ''}`,
      meta: [
        posted,
        row.detail.reason ? fill(said.detail.flagReason, { reason: row.detail.reason }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      ...(text ? { body: shorten(text, MAX_BODY) } : {}),
    };
  }
  if (row.meetupId) {
    const meetup = records.meetups.get(row.meetupId);
    const zoned = meetup?.startsAt
      ? fill(said.zonedTime, {
          when: formatTime(meetup.startsAt, meetup.timezone),
          zone: meetup.timezone,
        })
      : null;
    const cancelled = meetup?.status === 'cancelled';
    const when = zoned && !cancelled ? fill(said.detail.when, { when: zoned }) : '';
    const where = [meetup?.venue, meetup?.onlineUrl].filter(Boolean).join(' · ');
    const reason = row.kind === 'meetup_cancelled' ? row.detail.reason : undefined;
    const body = [
      reason ? fill(said.detail.cancelReason, { reason }) : '',
      zoned && cancelled ? fill(said.detail.wasPlanned, { when: zoned }) : '',
    ].filter(Boolean);
    return {
      title: sentenceOf(records, row),
      href: `${network.publicOrigin}/meetups/${row.meetupId}`,
      meta:
        [when, when && where ? fill(said.detail.where, { where }) : '']
          .filter(Boolean)
          .join(' · ') || posted,
      ...(body.length > 0 ? { body: body.join('\n') } : {}),
    };
  }
  return {
    title: sentenceOf(records, row),
    href: row.roomId
      ? `${network.publicOrigin}/chat/${row.roomId}`
      : `${network.publicOrigin}/notifications`,
    meta: posted,
    ...(row.detail.excerpt ? { body: row.detail.excerpt } : {}),
  };
}

function chatItems(
  records: NoticeRecords,
  network: NetworkSettings,
  chat: NonNullable<ReturnType<NoticeRecords['rooms']['get']>>,
  style: 'instant' | 'summary',
): MailItem[] {
  const { room, messages, earlier } = chat;
  const link = `${network.publicOrigin}/chat/${room.id}`;
  const lead: MailItem[] =
    earlier > 0 ? [{ title: countedNotice(said.chat.earlier, earlier), href: link }] : [];
  return [
    ...lead,
    ...messages.map((message): MailItem => {
      const actor = actorOf(records, message.authorId);
      const title =
        style === 'instant'
          ? actor
          : room.kind === 'network'
            ? fill(said.chat.wroteInNetworkChat, { actor })
            : room.kind !== 'direct'
              ? fill(said.chat.wroteInRoom, { actor, room: room.title })
              : room.others === 1
                ? fill(said.chat.wroteToYou, { actor })
                : fill(said.chat.wroteInConversation, { actor, room: room.title });
      return {
        title,
        // Each message its own link, so that a mail's items stay apart; the room opens at its end.
        href: `${link}#message-${message.seq}`,
        meta: formatTime(message.createdAt, network.timeZone),
        body: shorten(message.text, MAX_BODY),
      };
    }),
  ];
}
