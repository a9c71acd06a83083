import { randomUUID } from 'node:crypto';
import type { Message, MessagePage } from '@praxis/contracts/chat';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatTestApp, range } from '../../testing/chat-rest.ts';
import type { TestApp } from '../../testing/test-app.ts';

const kit = chatTestApp();
const {
  member,
  signedIn,
  say,
  roomsOf,
  cohortRoom,
  history,
  messagesIn,
  openDirect,
  changeMessage,
  notificationsOf,
  cohortWithRoom,
} = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
});

describe('GET /api/rooms/:id/messages', () => {
  it('pages back from the latest 50, ascending, through ?before= until nextBefore is null, each message once', async () => {
    const [amra, bruno] = [await member(), await member()];
    const { viewer, room } = await cohortWithRoom([amra, bruno]);
    for (let index = 1; index <= 120; index += 1) {
      await say(index % 2 ? amra : bruno, room.id, `message ${index}`);
    }
    const pages: Message[][] = [];
    let before: number | null | undefined;
    do {
      const response = await history(viewer.cookie, room.id, before ?? undefined);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as MessagePage;
      const seqs = page.messages.map((message) => message.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      pages.push(page.messages);
      before = page.nextBefore;
      if (before !== null) expect(before).toBe(seqs[0]);
    } while (before !== null && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    const all = pages.reverse().flat();
    expect(all.map((message) => message.seq)).toEqual(range(1, 120));
    expect(all.map((message) => message.body)).toEqual(range(1, 120).map((n) => `message ${n}`));
    expect(all[0]?.author).toMatchObject({ id: amra.id, name: amra.name });
  });

  it('answers nextBefore null, not an empty page to come, when the room holds exactly 50 messages', async () => {
    const writer = await member();
    const { viewer, room } = await cohortWithRoom([writer]);
    for (let index = 1; index <= 50; index += 1) await say(writer, room.id, `line ${index}`);
    const page = (await history(viewer.cookie, room.id)).json() as MessagePage;
    expect(page.messages).toHaveLength(50);
    expect(page.nextBefore).toBeNull();
  });

  it('answers 404 for a room the member is not in, as for one that does not exist', async () => {
    const { room } = await cohortWithRoom();
    const outsider = await signedIn();
    for (const roomId of [room.id, randomUUID()]) {
      const response = await history(outsider.cookie, roomId);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toBe('This room does not exist, or you are not in it.');
    }
  });

  it('answers 400 with a readable message for a before that is not a sequence number, and a room id that is not one', async () => {
    const { viewer, room } = await cohortWithRoom();
    for (const before of ['abc', '0', '-3', '1.5']) {
      const response = await history(viewer.cookie, room.id, before);
      expect(response.statusCode, before).toBe(400);
      expect(response.json().error.message).toBe('before is a message sequence number.');
    }
    const response = await history(viewer.cookie, 'general');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Not a room id.');
  });
});

describe('PATCH and DELETE /api/rooms/:id/messages/:messageId', () => {
  /** A cohort room with one message by its author, and another member of the cohort. */
  async function postedMessage() {
    const author = await signedIn();
    const { viewer: other, room } = await cohortWithRoom([author]);
    const message = await say(author, room.id, 'Who knows the *new* procurement rules?');
    return { author, other, room, message };
  }

  it('lets the author edit a message: new body, cooked again, editedAt set, a later change number', async () => {
    const { author, other, message } = await postedMessage();
    const response = await changeMessage(author.cookie, message, 'Who knows the **2024** rules?');
    expect(response.statusCode, response.body).toBe(200);
    const edited = response.json() as Message;
    expect(edited).toMatchObject({
      id: message.id,
      seq: message.seq,
      body: 'Who knows the **2024** rules?',
      html: '<p>Who knows the <strong>2024</strong> rules?</p>',
      deletedAt: null,
    });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.change).toBeGreaterThan(message.change);
    expect(await messagesIn(other.cookie, message.roomId)).toEqual([edited]);
  });

  it('lets the author delete a message: body and html emptied, deletedAt set', async () => {
    const { author, other, message } = await postedMessage();
    const response = await changeMessage(author.cookie, message);
    expect(response.statusCode, response.body).toBe(200);
    const deleted = response.json() as Message;
    expect(deleted).toMatchObject({ id: message.id, body: '', html: '' });
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.change).toBeGreaterThan(message.change);
    expect(await messagesIn(other.cookie, message.roomId)).toEqual([deleted]);
  });

  it('refuses another member of the room with 403 and leaves the message unchanged', async () => {
    const { other, message } = await postedMessage();
    for (const body of ['Hijacked!', undefined]) {
      const response = await changeMessage(other.cookie, message, body);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.message).toBe('You can only change your own messages.');
    }
    expect(await messagesIn(other.cookie, message.roomId)).toEqual([message]);
  });

  it('answers 404 to a member not in the room, and for a message of another room', async () => {
    const { author, message } = await postedMessage();
    const outsider = await signedIn();
    const response = await changeMessage(outsider.cookie, message, 'Hello?');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('not in it');

    const network = (await roomsOf(author.cookie)).find((room) => room.kind === 'network');
    const elsewhere = { ...message, roomId: network?.id ?? '' };
    expect((await changeMessage(author.cookie, elsewhere, 'moved?')).statusCode).toBe(404);
  });

  it("answers 409 to editing or deleting a deleted message, without moving the room's change number", async () => {
    const { author, room, message } = await postedMessage();
    expect((await changeMessage(author.cookie, message)).statusCode).toBe(200);
    const counted = await cohortRoom(author.cookie, room.cohortId ?? '');
    for (const body of ['Back again', undefined]) {
      const response = await changeMessage(author.cookie, message, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toBe('This message was deleted; it cannot be changed.');
    }
    const after = await cohortRoom(author.cookie, room.cohortId ?? '');
    expect(after.lastChange).toBe(counted.lastChange);
  });

  it('refuses an empty or blank body and one over 4 KB with 400, leaving the message as it was', async () => {
    const { author, message } = await postedMessage();
    for (const [body, error] of [
      ['', 'Write a message or attach a picture or PDF.'],
      ['  \n ', 'Write a message or attach a picture or PDF.'],
      ['é'.repeat(2049), 'A message has at most 4 KB; split it into several.'],
    ]) {
      const response = await changeMessage(author.cookie, message, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe(error);
    }
    expect(await messagesIn(author.cookie, message.roomId)).toEqual([message]);
  });
});

describe('direct message notifications', () => {
  it('notifies a member who is offline once per conversation until they read it, and never the sender', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    await say(alice, roomId, 'Hi Bob, could I borrow   your\nservice-design brief?');
    await say(alice, roomId, 'No rush.');

    const [notification, ...more] = await notificationsOf(bob.cookie, 'direct_message');
    expect(more).toEqual([]);
    expect(notification).toMatchObject({
      actor: { id: alice.id, name: alice.name },
      roomId,
      detail: { excerpt: 'Hi Bob, could I borrow your service-design brief?' },
      read: false,
    });
    expect(await notificationsOf(alice.cookie, 'direct_message')).toEqual([]);

    const read = await t.request({
      method: 'POST',
      url: `/api/notifications/${notification?.id}/read`,
      cookie: bob.cookie,
    });
    expect(read.statusCode, read.body).toBe(200);
    await say(alice, roomId, 'One more thing.');
    const after = await notificationsOf(bob.cookie, 'direct_message');
    expect(after.map((each) => each.detail.excerpt)).toEqual([
      'One more thing.',
      'Hi Bob, could I borrow your service-design brief?',
    ]);
  });

  it('quotes an edited direct message as edited, and a deleted one not at all, in its notification', async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const roomId = (await openDirect(alice.cookie, [bob.id])).json().id as string;
    const sent = await say(alice, roomId, 'My home address is 12 Elm Street');
    expect((await changeMessage(alice.cookie, sent, 'Call me instead')).statusCode).toBe(200);
    expect((await notificationsOf(bob.cookie, 'direct_message'))[0]?.detail.excerpt).toBe(
      'Call me instead',
    );
    expect((await changeMessage(alice.cookie, sent)).statusCode).toBe(200);
    expect((await notificationsOf(bob.cookie, 'direct_message'))[0]?.detail.excerpt).toBe('');
  });

  it('shortens a long message to an excerpt of 140 characters', async () => {
    const alice = await member();
    const bob = await signedIn();
    const roomId = (await openDirect(bob.cookie, [alice.id])).json().id as string;
    await say(alice, roomId, 'word '.repeat(100));
    const [notification] = await notificationsOf(bob.cookie, 'direct_message');
    expect(notification?.detail.excerpt).toHaveLength(140);
    expect(notification?.detail.excerpt?.endsWith('…')).toBe(true);
  });
});
