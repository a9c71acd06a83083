import type { EmailTopic } from '@praxis/contracts/email';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import {
  type MessageForMail,
  messagesSince,
  type RoomForMail,
  roomForMail,
} from '../chat/chat.mail.ts';
import { type MeetupForMail, meetupsForMail } from '../meetups/meetups.mail.ts';
import { authorsById } from '../members/members.service.ts';
import {
  type Conversation,
  conversationOf,
  type MailableNotification,
} from '../notifications/notifications.mail.ts';
import { postTexts, type ThreadForMail, threadsForMail } from '../threads/threads.mail.ts';
import type { MailItem } from './mail-layout.tsx';
import { notices } from './messages/notices.ts';

// What a notification mail says of each notification, in the catalog's words: the items, with
// the posts' and messages' own text and a link to the exact place, and the subject.

/** A notification with the topic it is mailed under. */
export type TopicalNotification = MailableNotification & { topic: EmailTopic };

/** At most this many chat messages in one mail: the latest, after a line saying how many more. */
export const MESSAGES_PER_MAIL = 50;
/** A post longer than this is cut, and the link leads to the rest. */
const MAX_BODY = 5000;

/** What the items are made of, read once per mail. */
export interface NoticeWorld {
  names: Map<string, string>;
  threads: Map<string, ThreadForMail>;
  posts: Map<string, string>;
  meetups: Map<string, MeetupForMail>;
  rooms: Map<string, { room: RoomForMail; messages: MessageForMail[]; earlier: number }>;
}

export interface MailPlace {
  publicOrigin: string;
  /** The network's time zone, for the times of posts and messages. */
  timeZone: string;
}

export async function loadWorld(
  db: Db,
  member: AccountMember,
  rows: MailableNotification[],
  until: Date,
): Promise<NoticeWorld> {
  const threadPosts = rows.flatMap((row) =>
    row.threadId ? [{ threadId: row.threadId, replyId: row.replyId }] : [],
  );
  const rooms: NoticeWorld['rooms'] = new Map();
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

const clip = (text: string) => (text.length > MAX_BODY ? `${text.slice(0, MAX_BODY - 1)}…` : text);

function formatTime(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat(notices.dateTime.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

/** One notification as a sentence: the subject of a mail about it alone, a summary's line. */
export function sentenceOf(world: NoticeWorld, row: MailableNotification): string {
  const actor = (row.actorId && world.names.get(row.actorId)) || notices.someone;
  const thread = (row.threadId && world.threads.get(row.threadId)?.title) || '';
  const meetup = (row.meetupId && world.meetups.get(row.meetupId)?.title) || '';
  const said = notices.sentence;
  switch (row.kind) {
    case 'reply':
    case 'mention':
    case 'accepted_answer':
    case 'advice_request':
    case 'flag':
      return said[row.kind]({ actor, thread });
    case 'meetup_poll_opened':
    case 'meetup_scheduled':
    case 'meetup_changed':
    case 'meetup_cancelled':
    case 'waitlist_promoted':
      return said[row.kind]({ meetup });
    case 'meetup_reminder':
      return said.meetup_reminder({ meetup, when: row.detail.when });
    case 'agenda_accepted':
      return said.agenda_accepted({ meetup, contribution: row.detail.title });
    case 'notes_mention':
      return said.notes_mention({ actor, meetup });
    case 'direct_message':
      return said.direct_message({ actor });
    case 'chat_mention': {
      const room = row.roomId ? world.rooms.get(row.roomId)?.room : undefined;
      return said.chat_mention({ actor, room: roomName(room) ?? row.detail.room ?? null });
    }
    case 'email_bounced':
      break;
  }
  return notices.subject.other({ count: 1 });
}

const roomName = (room: RoomForMail | undefined) =>
  room && room.kind !== 'network' ? room.title : undefined;

/**
 * The items a mail shows for one conversation's notifications: under an instant mail's heading,
 * which names the place, they say less than in a summary, where they stand among others.
 */
export function itemsOf(
  world: NoticeWorld,
  place: MailPlace,
  rows: MailableNotification[],
  style: 'instant' | 'summary',
): MailItem[] {
  const first = rows[0];
  if (!first) return [];
  const conversation = conversationOf(first);
  const chat = conversation.kind === 'room' ? world.rooms.get(conversation.id) : undefined;
  if (chat && chat.messages.length > 0) return chatItems(world, place, chat, style);
  return rows.map((row) => noticeItem(world, place, row, style));
}

function noticeItem(
  world: NoticeWorld,
  place: MailPlace,
  row: MailableNotification,
  style: 'instant' | 'summary',
): MailItem {
  const posted = formatTime(row.createdAt, place.timeZone);
  if (row.threadId && !row.meetupId && !row.roomId) {
    const actor = (row.actorId && world.names.get(row.actorId)) || notices.someone;
    const text = world.posts.get(row.replyId ?? row.threadId);
    const short = style === 'instant' && row.kind in notices.short;
    return {
      title: short
        ? notices.short[row.kind as keyof typeof notices.short]({ actor })
        : sentenceOf(world, row),
      href: `${place.publicOrigin}/threads/${row.threadId}${row.replyId ? `#reply-${row.replyId}` : ''}`,
      meta: [
        posted,
        row.detail.reason ? notices.detail.flagReason({ reason: row.detail.reason }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      ...(text ? { body: clip(text) } : {}),
    };
  }
  if (row.meetupId) {
    const meetup = world.meetups.get(row.meetupId);
    const zoned = meetup?.startsAt
      ? notices.dateTime.zoned({
          when: formatTime(meetup.startsAt, meetup.timezone),
          zone: meetup.timezone,
        })
      : null;
    const cancelled = meetup?.status === 'cancelled';
    const when = zoned && !cancelled ? notices.detail.when({ when: zoned }) : '';
    const where = [meetup?.venue, meetup?.onlineUrl].filter(Boolean).join(' · ');
    const reason = row.kind === 'meetup_cancelled' ? row.detail.reason : undefined;
    const body = [
      reason ? notices.detail.cancelReason({ reason }) : '',
      zoned && cancelled ? notices.detail.wasPlanned({ when: zoned }) : '',
    ].filter(Boolean);
    return {
      title: sentenceOf(world, row),
      href: `${place.publicOrigin}/meetups/${row.meetupId}`,
      meta:
        [when, when && where ? notices.detail.where({ where }) : ''].filter(Boolean).join(' · ') ||
        posted,
      ...(body.length > 0 ? { body: body.join('\n') } : {}),
    };
  }
  return {
    title: sentenceOf(world, row),
    href: row.roomId
      ? `${place.publicOrigin}/chat/${row.roomId}`
      : `${place.publicOrigin}/notifications`,
    meta: posted,
    ...(row.detail.excerpt ? { body: row.detail.excerpt } : {}),
  };
}

function chatItems(
  world: NoticeWorld,
  place: MailPlace,
  chat: NonNullable<ReturnType<NoticeWorld['rooms']['get']>>,
  style: 'instant' | 'summary',
): MailItem[] {
  const { room, messages, earlier } = chat;
  const link = `${place.publicOrigin}/chat/${room.id}`;
  const lead: MailItem[] =
    earlier > 0 ? [{ title: notices.chat.earlier({ count: earlier }), href: link }] : [];
  return [
    ...lead,
    ...messages.map((message): MailItem => {
      const actor = world.names.get(message.authorId) ?? notices.someone;
      const title =
        style === 'instant'
          ? actor
          : room.kind !== 'direct'
            ? notices.chat.wroteInRoom({ actor, room: roomName(room) ?? null })
            : room.others === 1
              ? notices.chat.wroteToYou({ actor })
              : notices.chat.wroteInConversation({ actor, room: room.title });
      return {
        title,
        // Each message its own link, so that a mail's items stay apart; the room opens at its end.
        href: `${link}#message-${message.seq}`,
        meta: formatTime(message.createdAt, place.timeZone),
        body: clip(message.text),
      };
    }),
  ];
}

/** The subject of an instant mail about one conversation. */
export function subjectOf(
  world: NoticeWorld,
  member: AccountMember,
  conversation: Conversation,
  rows: MailableNotification[],
): string {
  const [first] = rows;
  if (!first) return notices.subject.other({ count: 0 });
  const count = rows.length;
  switch (conversation.kind) {
    case 'thread': {
      if (count === 1) return sentenceOf(world, first);
      const thread = world.threads.get(conversation.id)?.title ?? '';
      return rows.every((row) => row.kind === 'reply')
        ? notices.subject.replies({ count, thread })
        : notices.subject.threadUpdates({ count, thread });
    }
    case 'room': {
      const chat = world.rooms.get(conversation.id);
      if (chat?.room.kind === 'direct') {
        const theirs = chat.messages.filter((message) => message.authorId !== member.id);
        const names = [...new Set(theirs.map((message) => message.authorId))].map(
          (id) => world.names.get(id) ?? notices.someone,
        );
        if (names.length === 1 && names[0]) {
          return notices.subject.messagesFrom({ count: theirs.length, actor: names[0] });
        }
        if (names.length > 1) {
          return notices.subject.messagesFromSeveral({
            count: theirs.length,
            actors: notices.list(names),
          });
        }
      }
      if (count === 1) return sentenceOf(world, first);
      return notices.subject.mentionsInRoom({ count, room: roomName(chat?.room) ?? null });
    }
    case 'meetup': {
      if (count === 1) return sentenceOf(world, first);
      const meetup = world.meetups.get(conversation.id)?.title ?? '';
      return notices.subject.meetupUpdates({ count, meetup });
    }
    case 'other':
      return count === 1 ? sentenceOf(world, first) : notices.subject.other({ count });
  }
}
