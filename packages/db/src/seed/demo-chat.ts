import { randomUUID } from 'node:crypto';
import { ClientId, MAX_DIRECT_MEMBERS, MessageBody } from '@praxis/contracts/chat';
import { inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { messages, roomMembers, rooms } from '../schema/chat.ts';
import { meetups } from '../schema/meetups.ts';
import { notifications } from '../schema/notifications.ts';
import {
  DEMO_CHATS,
  DEMO_VISITOR,
  type DemoChat,
  type DemoRoomOwner,
} from './demo-chat-content.ts';
import { asHistory } from './demo-history.ts';
import type { DemoMeetupsContext } from './demo-meetups.ts';
import { DEMO_SERIES, UPCOMING_MEETUPS } from './demo-meetups-content.ts';
import { PAST_MEETUPS } from './demo-meetups-past.ts';
import { DEMO_THREADS, type DemoAccount } from './demo-threads-content.ts';

type Member = DemoMeetupsContext['members'][number];
type MessageRow = typeof messages.$inferInsert & { createdAt: Date };

interface Rows {
  rooms: (typeof rooms.$inferInsert)[];
  messages: MessageRow[];
  readers: (typeof roomMembers.$inferInsert)[];
  notifications: (typeof notifications.$inferInsert)[];
}

/** Who is in a room, and who of them writes in it. */
interface SeededRoom {
  row: typeof rooms.$inferInsert & { id: string };
  isIn: (member: Member) => boolean;
  mayWrite: (member: Member) => boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** As long as the chat module cuts a direct message's excerpt for its notification. */
const EXCERPT_LENGTH = 140;

/**
 * The chat rooms the demo network has talked in, with their messages, read markers and, for a
 * direct message the visitor has not read yet, its notification. Everything is what the chat
 * module would have recorded: seq and change count 1..n in each room without gaps (nothing was
 * edited), the room's counters and last message time are its last message's, and every author
 * has read up to their own last message, because sending marks it.
 */
export async function seedDemoChat(tx: Db, context: DemoMeetupsContext) {
  const titles = DEMO_CHATS.flatMap(({ room }) => (room.kind === 'meetup' ? [room.meetup] : []));
  const meetupIds = new Map(
    titles.length === 0
      ? []
      : (
          await tx
            .select({ id: meetups.id, title: meetups.title })
            .from(meetups)
            .where(inArray(meetups.title, titles))
        ).map(({ id, title }) => [title, id]),
  );
  const rows: Rows = { rooms: [], messages: [], readers: [], notifications: [] };
  let sent = 0;
  for (const chat of DEMO_CHATS) {
    sent = addChat(rows, chat, { ...context, meetupIds, sent });
  }
  await tx.insert(rooms).values(rows.rooms);
  await tx.insert(messages).values(rows.messages);
  await tx.insert(roomMembers).values(rows.readers);
  if (rows.notifications.length)
    await tx.insert(notifications).values(rows.notifications.map(asHistory));
}

type ChatContext = DemoMeetupsContext & { meetupIds: ReadonlyMap<string, string>; sent: number };

/** Adds one room's rows; returns how many messages the demo has sent so far. */
function addChat(rows: Rows, chat: DemoChat, context: ChatContext): number {
  const fail = (problem: string): never => {
    throw new Error(`the demo chat in ${describeRoom(chat.room)} ${problem}`);
  };
  const accountOf = accountLookup(context, fail);
  const room = seededRoom(chat.room, context, accountOf, fail);
  let sent = context.sent;
  let at = 0;
  const written: MessageRow[] = [];
  for (const burst of chat.bursts) {
    const start = context.now.getTime() - burst.hoursAgo * HOUR;
    if (start <= at) fail(`has a burst ${burst.hoursAgo} hours ago that overlaps the one before`);
    at = start;
    for (const [index, line] of burst.lines.entries()) {
      const [, account = '', text = ''] =
        /^([a-z0-9]+): ([\s\S]+)$/.exec(line) ?? fail(`has "${line}"`);
      const author = accountOf(account as DemoAccount);
      if (!room.mayWrite(author)) fail(`has ${account} writing, who does not write there`);
      // Replies come a few minutes apart, varied so that the times do not look generated.
      if (index > 0) at += (2 + ((sent * 7) % 9)) * MINUTE;
      sent += 1;
      const body = MessageBody.parse(withThreadLinks(text, chat.room, context, fail));
      written.push({
        id: randomUUID(),
        roomId: room.row.id,
        seq: written.length + 1,
        change: written.length + 1,
        authorId: author.id,
        clientId: ClientId.parse(`seed-${String(sent).padStart(4, '0')}`),
        body,
        // Cooked as the chat module cooks a message; the demo's messages mention nobody.
        html: context.cookMarkdown(body),
        createdAt: new Date(at),
      });
    }
  }
  const last = written.at(-1) ?? fail('has no messages');
  if (last.createdAt >= context.now) fail('has messages in the future');
  const createdAt = new Date((written[0]?.createdAt.getTime() ?? at) - HOUR);
  rows.rooms.push({
    ...room.row,
    lastSeq: written.length,
    lastChange: written.length,
    lastMessageAt: last.createdAt,
    createdAt,
  });
  rows.messages.push(...written);

  const readSeq = new Map<string, number>();
  if (chat.room.kind === 'direct') {
    for (const account of chat.room.members) readSeq.set(accountOf(account).id, 0);
  }
  for (const message of written) readSeq.set(message.authorId, message.seq);
  const visitor = accountOf(DEMO_VISITOR);
  const unread = chat.unreadByVisitor ?? 0;
  if (room.isIn(visitor)) {
    const unreadMessages = written.slice(written.length - unread);
    if (unread > 0 && unreadMessages.some((message) => message.authorId === visitor.id)) {
      fail(`leaves ${DEMO_VISITOR}'s own messages unread`);
    }
    readSeq.set(visitor.id, written.length - unread);
    const first = unreadMessages[0];
    // The chat module notifies an away member of a direct message once, until they read it.
    if (chat.room.kind === 'direct' && unread > 0 && first) {
      rows.notifications.push({
        memberId: visitor.id,
        kind: 'direct_message',
        actorId: first.authorId,
        roomId: room.row.id,
        messageId: first.id,
        detail: { excerpt: excerpt(first.body) },
        createdAt: first.createdAt,
      });
    }
  } else if (unread > 0) {
    fail(`leaves messages unread by ${DEMO_VISITOR}, who is not in the room`);
  }
  for (const [memberId, seq] of readSeq) {
    rows.readers.push({
      roomId: room.row.id,
      memberId,
      readSeq: seq,
      joinedAt: seq > 0 ? (written[seq - 1]?.createdAt ?? createdAt) : createdAt,
    });
  }
  return sent;
}

function seededRoom(
  owner: DemoRoomOwner,
  context: ChatContext,
  accountOf: (account: DemoAccount) => Member,
  fail: (problem: string) => never,
): SeededRoom {
  const id = randomUUID();
  const everyone = () => true;
  switch (owner.kind) {
    case 'network':
      return { row: { id, kind: 'network' }, isIn: everyone, mayWrite: everyone };
    case 'cohort': {
      const cohort = context.cohorts.find((candidate) => candidate.name === owner.cohort);
      if (!cohort) return fail('names an unknown cohort');
      const isIn = (member: Member) => member.cohortIds.includes(cohort.id);
      return { row: { id, kind: 'cohort', cohortId: cohort.id }, isIn, mayWrite: isIn };
    }
    case 'meetup': {
      const meetup = [...UPCOMING_MEETUPS, ...PAST_MEETUPS].find((m) => m.title === owner.meetup);
      const meetupId = context.meetupIds.get(owner.meetup);
      if (!meetup || !meetupId) return fail('names an unknown meetup');
      const series = DEMO_SERIES.find((candidate) => candidate.name === meetup.series);
      const ids = (accounts: DemoAccount[] = []) =>
        accounts.map((account) => accountOf(account).id);
      const going = new Set(ids(meetup.going));
      // The room holds whoever answered going, maybe or waitlisted, and the series' organisers.
      const inRoom = new Set([
        ...going,
        ...ids(meetup.maybe),
        ...ids(meetup.waitlist),
        ...ids(series?.organisers),
      ]);
      return {
        row: { id, kind: 'meetup', meetupId },
        isIn: (member) => inRoom.has(member.id),
        mayWrite: (member) => going.has(member.id),
      };
    }
    case 'direct': {
      const memberIds = [...new Set(owner.members.map((account) => accountOf(account).id))];
      if (memberIds.length < 2 || memberIds.length > MAX_DIRECT_MEMBERS) {
        return fail(`holds ${memberIds.length} people`);
      }
      const isIn = (member: Member) => memberIds.includes(member.id);
      // The same key the chat module looks a conversation up by: its sorted member ids.
      const directKey = memberIds.sort().join(',');
      return { row: { id, kind: 'direct', directKey }, isIn, mayWrite: isIn };
    }
  }
}

/** `[text](thread:Title)` becomes a link to that thread, if everyone in the room can see it. */
function withThreadLinks(
  text: string,
  owner: DemoRoomOwner,
  context: ChatContext,
  fail: (problem: string) => never,
): string {
  return text.replace(/\]\(thread:([^)]+)\)/g, (_, title: string) => {
    const thread = DEMO_THREADS.find((candidate) => candidate.title === title);
    const id = context.threadIds.get(title);
    if (!thread || !id) return fail(`links the unknown thread "${title}"`);
    if (thread.cohort && !(owner.kind === 'cohort' && owner.cohort === thread.cohort)) {
      fail(`links "${title}", which only its cohort can see`);
    }
    return `](/threads/${id})`;
  });
}

function accountLookup(context: ChatContext, fail: (problem: string) => never) {
  const byEmail = new Map(context.members.map((member) => [member.email, member]));
  return (account: DemoAccount) =>
    byEmail.get(`${account}@praxis.example`) ?? fail(`names ${account}, who is not seeded`);
}

function describeRoom(owner: DemoRoomOwner): string {
  switch (owner.kind) {
    case 'network':
      return 'the network room';
    case 'cohort':
      return `the room of ${owner.cohort}`;
    case 'meetup':
      return `the room of "${owner.meetup}"`;
    case 'direct':
      return `the conversation of ${owner.members.join(', ')}`;
  }
}

function excerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}
