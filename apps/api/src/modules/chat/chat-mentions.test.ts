import type { Author } from '@praxis/contracts/common';
import { messages } from '@praxis/db/schema/chat';
import { cohortMemberships } from '@praxis/db/schema/cohorts';
import { notifications } from '@praxis/db/schema/notifications';
import { formatMsg } from '@praxis/i18n/translate';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, type Member } from '../../testing/chat-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { MENTIONS_PER_HOUR } from '../notifications/mentions.service.ts';
import type { ChatService } from './chat.service.ts';

// A chat message that mentions someone tells them, as a thread post does, if they are in its room.
const kit = chatTestApp();
const {
  member,
  signedIn,
  say,
  roomsOf,
  openDirect,
  changeMessage,
  notificationsOf,
  cohortWithRoom,
} = kit;
let t: TestApp;
let chat: ChatService;
beforeAll(() => {
  t = kit.t;
  chat = kit.chat;
});

const mentionsOf = (cookie: string) => notificationsOf(cookie, 'chat_mention');

async function unreadCount(cookie: string): Promise<number> {
  const response = await t.request({
    method: 'GET',
    url: '/api/notifications/unread-count',
    cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().unreadCount;
}

/** The member's chat mention notifications as stored, whatever the list would show. */
function stored(memberId: string) {
  return t.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.memberId, memberId), eq(notifications.kind, 'chat_mention')));
}

function messagesBy(authorId: string) {
  return t.database.db.select().from(messages).where(eq(messages.authorId, authorId));
}

function asAuthor({ id, handle, name, role }: Member): Author {
  return { id, handle, name, role, avatar: null };
}

describe('mentions in chat', () => {
  it('notifies a member of the room mentioned in it, naming the room and quoting the message', async () => {
    const amra = await member();
    const { viewer: bruno, cohort, room } = await cohortWithRoom([amra]);
    const sent = await say(amra, room.id, `@${bruno.handle} could you   share\nthe brief?`);

    const [notification, ...more] = await mentionsOf(bruno.cookie);
    expect(more).toEqual([]);
    expect(notification).toMatchObject({
      actor: { id: amra.id, name: amra.name },
      thread: null,
      meetup: null,
      roomId: room.id,
      detail: { room: cohort.name, excerpt: `@${bruno.handle} could you share the brief?` },
      read: false,
    });
    expect(await unreadCount(bruno.cookie)).toBe(1);
    expect((await stored(bruno.id)).map((row) => row.messageId)).toEqual([sent.id]);
  });

  it('reads the notifications of a room as the member reads it, only up to where they read', async () => {
    const alice = await member();
    const { viewer: bob, room } = await cohortWithRoom([alice]);
    const first = await say(alice, room.id, `@${bob.handle} are you at the meetup?`);
    const second = await say(alice, room.id, `@${bob.handle} I saved you a seat.`);
    const readByExcerpt = async () =>
      Object.fromEntries(
        (await notificationsOf(bob.cookie, 'chat_mention')).map((each) => [
          each.detail.excerpt,
          each.read,
        ]),
      );
    expect(await readByExcerpt()).toEqual({
      [`@${bob.handle} are you at the meetup?`]: false,
      [`@${bob.handle} I saved you a seat.`]: false,
    });

    await kit.chat.markRead(bob.id, room.id, first.seq);
    expect(await readByExcerpt()).toEqual({
      [`@${bob.handle} are you at the meetup?`]: true,
      [`@${bob.handle} I saved you a seat.`]: false,
    });
    await kit.chat.markRead(bob.id, room.id, second.seq);
    expect(Object.values(await readByExcerpt())).toEqual([true, true]);
  });

  it('still tells a member who muted the room', async () => {
    const writer = await member();
    const { viewer: muter, room } = await cohortWithRoom([writer]);
    const muted = await t.request({
      method: 'PUT',
      url: `/api/rooms/${room.id}/muted`,
      cookie: muter.cookie,
      payload: { muted: true },
    });
    expect(muted.statusCode, muted.body).toBe(200);
    await say(writer, room.id, `@${muter.handle} this one is for you`);
    expect(await mentionsOf(muter.cookie)).toHaveLength(1);
  });

  it('tells nobody outside the room, nobody mentioned only in a quote, and not the author', async () => {
    const outsider = await signedIn();
    const quoted = await member();
    const { viewer: author, room } = await cohortWithRoom([quoted]);
    await say(
      author,
      room.id,
      `> @${quoted.handle} said so\n\n@${outsider.handle} @${author.handle} what do you think?`,
    );
    // Stored, not only listed: the list would hide a notification about a room one is not in.
    expect(await stored(outsider.id)).toEqual([]);
    expect(await stored(author.id)).toEqual([]);
    expect(await stored(quoted.id)).toEqual([]);
  });

  it('notifies once for a send retried with the same clientId', async () => {
    const writer = await member();
    const { viewer: mentioned, room } = await cohortWithRoom([writer]);
    const input = { roomId: room.id, clientId: 'mention-retry-1', body: `@${mentioned.handle} hi` };
    const first = await chat.send(asAuthor(writer), input);
    const again = await chat.send(asAuthor(writer), input);
    expect(again.id).toBe(first.id);
    expect(await mentionsOf(mentioned.cookie)).toHaveLength(1);
  });

  it('quotes an edited mention as edited, and a deleted one not at all', async () => {
    const author = await signedIn();
    const mentioned = await signedIn();
    const network = (await roomsOf(author.cookie)).find((each) => each.kind === 'network');
    if (!network) throw new Error('the network room is not listed');
    const sent = await say(author, network.id, `@${mentioned.handle} my number is 0123`);
    const [notification] = await mentionsOf(mentioned.cookie);
    expect(notification?.roomId).toBe(network.id);
    // The network's room is not named: the sentence says "the network chat".
    expect(notification?.detail).toEqual({ excerpt: `@${mentioned.handle} my number is 0123` });
    expect(
      (await changeMessage(author.cookie, sent, `@${mentioned.handle} call me`)).statusCode,
    ).toBe(200);
    expect((await mentionsOf(mentioned.cookie))[0]?.detail.excerpt).toBe(
      `@${mentioned.handle} call me`,
    );
    expect((await changeMessage(author.cookie, sent)).statusCode).toBe(200);
    expect((await mentionsOf(mentioned.cookie))[0]?.detail.excerpt).toBe('');
  });

  it('tells a member an edit newly mentions, and never twice whoever this message told already', async () => {
    const [writer, first] = [await signedIn(), await signedIn()];
    const { viewer: added, room } = await cohortWithRoom([writer, first]);
    const sent = await say(writer, room.id, `@${first.handle} can you check?`);
    const edit = async (body: string) =>
      expect((await changeMessage(writer.cookie, sent, body)).statusCode).toBe(200);
    await edit(`@${first.handle} @${added.handle} can you check?`);
    expect(await mentionsOf(first.cookie)).toHaveLength(1);
    const [told, ...more] = await mentionsOf(added.cookie);
    expect(more).toEqual([]);
    expect(told?.detail.excerpt).toBe(`@${first.handle} @${added.handle} can you check?`);

    // Taking a mention out and putting it back does not tell anyone again.
    await edit('Can anyone check?');
    await edit(`@${first.handle} @${added.handle} can you check, please?`);
    expect(await stored(first.id)).toHaveLength(1);
    expect(await stored(added.id)).toHaveLength(1);
  });

  it("refuses, storing nothing, a message whose mentions would pass the author's hourly budget", async () => {
    const writer = await member();
    const { viewer: reader, room } = await cohortWithRoom([writer]);
    // The author's mentions have notified all but one of the budget in the last hour.
    await t.database.db.insert(notifications).values(
      Array.from({ length: MENTIONS_PER_HOUR - 1 }, () => ({
        memberId: reader.id,
        actorId: writer.id,
        kind: 'mention',
      })),
    );
    const other = await member();
    await t.database.db
      .insert(cohortMemberships)
      .values({ cohortId: room.cohortId ?? '', memberId: other.id });
    const refused = await say(
      writer,
      room.id,
      `@${reader.handle} @${other.handle} one more thing`,
    ).then(
      () => null,
      (error: Error & { code?: string }) => error,
    );
    expect(refused?.code).toBe('rate_limited');
    expect(formatMsg('en', refused?.message ?? '')).toMatch(/without @mentions/);
    expect(await messagesBy(writer.id)).toEqual([]);
    expect(await stored(other.id)).toEqual([]);

    await say(writer, room.id, `@${reader.handle} just you, then`);
    await say(writer, room.id, 'And without mentions, as much as I like.');
    expect(await messagesBy(writer.id)).toHaveLength(2);
    expect(await stored(reader.id)).toHaveLength(1);
  });

  it('lets only one of two messages sent at once in different rooms take the last of the budget', async () => {
    const writer = await member();
    const first = await cohortWithRoom([writer]);
    const second = await cohortWithRoom([writer]);
    await t.database.db.insert(notifications).values(
      Array.from({ length: MENTIONS_PER_HOUR - 1 }, () => ({
        memberId: first.viewer.id,
        actorId: writer.id,
        kind: 'mention' as const,
      })),
    );
    const outcomes = await Promise.allSettled([
      say(writer, first.room.id, `@${first.viewer.handle} have a look`),
      say(writer, second.room.id, `@${second.viewer.handle} have a look`),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({
      code: 'rate_limited',
    });
    expect(await messagesBy(writer.id)).toHaveLength(1);
    const told = [...(await stored(first.viewer.id)), ...(await stored(second.viewer.id))];
    expect(told).toHaveLength(1);
  });

  it('stops showing and counting a mention to a member who has left the room since', async () => {
    const organiser = await signedIn({ role: 'organiser' });
    const writer = await member();
    const { viewer: leaves, cohort, room } = await cohortWithRoom([writer]);
    await say(writer, room.id, `@${leaves.handle} see the plan for our cohort`);
    expect(await mentionsOf(leaves.cookie)).toHaveLength(1);

    const removed = await t.request({
      method: 'DELETE',
      url: `/api/cohorts/${cohort.id}/members/${leaves.id}`,
      cookie: organiser.cookie,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await mentionsOf(leaves.cookie)).toEqual([]);
    expect(await unreadCount(leaves.cookie)).toBe(0);
  });

  it('adds nothing to the direct message notification in a direct conversation', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    await say(alice, roomId, `@${bob.handle} are you there?`);
    expect(await mentionsOf(bob.cookie)).toEqual([]);
    expect(await notificationsOf(bob.cookie, 'direct_message')).toHaveLength(1);
  });
});
