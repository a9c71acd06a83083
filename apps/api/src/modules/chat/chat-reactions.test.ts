import type { Message, MessagePage } from '@praxis/contracts/chat';
import type { ServerFrame } from '@praxis/contracts/realtime';
import { createCohort } from '@praxis/db/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatSocket } from '../../testing/chat-client.ts';
import { socketTestApp } from '../../testing/chat-sockets.ts';
import type { TestApp } from '../../testing/test-app.ts';

// Reactions on chat messages: set and taken back over HTTP, heard live by the room's followers as
// a change of the message, and read back by a client resuming after a reconnect.
const kit = socketTestApp();
const { member, roomsOf, connect } = kit;
let t: TestApp;
beforeAll(() => {
  t = kit.t;
});

type Person = Awaited<ReturnType<typeof member>>;

function react(person: Person, message: Message, emoji: string, reacted = true) {
  return t.request({
    method: 'PUT',
    url: `/api/rooms/${message.roomId}/messages/${message.id}/reactions`,
    cookie: person.cookie,
    payload: { emoji, reacted },
  });
}

async function historyOf(person: Person, roomId: string): Promise<Message[]> {
  const response = await t.request({
    method: 'GET',
    url: `/api/rooms/${roomId}/messages`,
    cookie: person.cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as MessagePage).messages;
}

async function subscribed(person: Person, roomId: string, after?: Message) {
  const socket = await connect(person.cookie);
  socket.send({
    type: 'subscribe',
    roomId,
    ...(after ? { afterSeq: after.seq, afterChange: after.change } : {}),
  });
  await socket.waitFor((frame) => frame.type === 'subscribed' && frame.roomId === roomId);
  return socket;
}

/** A cohort of three with its room, and a message Alice said in it. */
async function cohortMessage() {
  const [alice, bob, carol] = [await member(), await member(), await member()];
  const cohort = await createCohort(t.database.db, { memberIds: [alice.id, bob.id, carol.id] });
  const room = (await roomsOf(alice.cookie)).find((each) => each.cohortId === cohort.id);
  if (!room) throw new Error('no cohort room');
  const socket = await subscribed(alice, room.id);
  socket.send({ type: 'send', roomId: room.id, clientId: `react-${cohort.id}`, body: 'Shipped!' });
  const said = await socket.waitFor(
    (frame) => frame.type === 'message' && frame.message.clientId === `react-${cohort.id}`,
  );
  socket.close();
  if (said.type !== 'message') throw new Error('no message');
  return { alice, bob, carol, roomId: room.id, message: said.message };
}

const messageFrame = (socket: ChatSocket, id: string, change: number, from = 0) =>
  socket.waitFor(
    (frame): frame is Extract<ServerFrame, { type: 'message' }> =>
      frame.type === 'message' && frame.message.id === id && frame.message.change === change,
    { from },
  );

describe('PUT /api/rooms/:id/messages/:messageId/reactions', () => {
  it('counts who reacted with what, in the fixed order of the emoji, and takes a reaction back', async () => {
    const { alice, bob, carol, roomId, message } = await cohortMessage();
    expect((await react(bob, message, '🎉')).statusCode).toBe(200);
    expect((await react(carol, message, '👍')).statusCode).toBe(200);
    const last = await react(alice, message, '🎉');
    expect(last.json().reactions).toEqual([
      { emoji: '👍', members: [{ id: carol.id, name: carol.name }] },
      {
        emoji: '🎉',
        members: [
          { id: bob.id, name: bob.name },
          { id: alice.id, name: alice.name },
        ],
      },
    ]);
    expect((await historyOf(carol, roomId)).at(-1)).toEqual(last.json());

    const back = await react(bob, message, '🎉', false);
    expect(back.statusCode).toBe(200);
    expect(back.json().reactions).toEqual([
      { emoji: '👍', members: [{ id: carol.id, name: carol.name }] },
      { emoji: '🎉', members: [{ id: alice.id, name: alice.name }] },
    ]);
    expect(back.json().change).toBe(last.json().change + 1);
  });

  it('changes nothing, and moves no change number, when the reaction is already as asked', async () => {
    const { bob, message } = await cohortMessage();
    const first = (await react(bob, message, '👀')).json() as Message;
    const again = await react(bob, message, '👀');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first);
    const notThere = await react(bob, message, '🤔', false);
    expect(notThere.json()).toEqual(first);
  });

  it('answers 400 naming the six emoji for any other, and for a missing reacted', async () => {
    const { bob, message } = await cohortMessage();
    for (const emoji of ['🍕', 'thumbsup', '']) {
      const response = await react(bob, message, emoji);
      expect(response.statusCode, emoji).toBe(400);
      expect(response.json().error.message).toBe('React with one of 👍 ❤️ 😄 🎉 🤔 👀.');
    }
    const response = await t.request({
      method: 'PUT',
      url: `/api/rooms/${message.roomId}/messages/${message.id}/reactions`,
      cookie: bob.cookie,
      payload: { emoji: '👍' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'reacted is true (react) or false (take the reaction back).',
    );
  });

  it("answers 404 to a member outside the room, who never sees the room's reactions", async () => {
    const { bob, roomId, message } = await cohortMessage();
    await react(bob, message, '❤️');
    const outsider = await member();
    const response = await react(outsider, message, '👍');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('This room does not exist, or you are not in it.');
    const history = await t.request({
      method: 'GET',
      url: `/api/rooms/${roomId}/messages`,
      cookie: outsider.cookie,
    });
    expect(history.statusCode).toBe(404);
    const socket = await connect(outsider.cookie);
    socket.send({ type: 'subscribe', roomId });
    const refused = await socket.waitFor((frame) => frame.type === 'error');
    expect(refused).toMatchObject({ code: 'forbidden' });
    expect(socket.frames.some((frame) => frame.type === 'message')).toBe(false);
    socket.close();
  });

  it('takes the reactions away with a deleted message and refuses new ones with 409', async () => {
    const { alice, bob, roomId, message } = await cohortMessage();
    await react(bob, message, '😄');
    const deleted = await t.request({
      method: 'DELETE',
      url: `/api/rooms/${roomId}/messages/${message.id}`,
      cookie: alice.cookie,
    });
    expect(deleted.json().reactions).toEqual([]);
    const response = await react(bob, message, '👍');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      'This message was deleted; it cannot be reacted to.',
    );
    expect((await historyOf(bob, roomId)).at(-1)?.reactions).toEqual([]);
  });

  it('keeps the reactions through an edit', async () => {
    const { alice, bob, message } = await cohortMessage();
    await react(bob, message, '🤔');
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/rooms/${message.roomId}/messages/${message.id}`,
      cookie: alice.cookie,
      payload: { body: 'Shipped, mostly!' },
    });
    expect(edited.json().reactions).toEqual([
      { emoji: '🤔', members: [{ id: bob.id, name: bob.name }] },
    ]);
  });

  it('shows them in the history around a message a search found', async () => {
    const { bob, message } = await cohortMessage();
    const reacted = (await react(bob, message, '❤️')).json() as Message;
    const around = await t.request({
      method: 'GET',
      url: `/api/rooms/${message.roomId}/messages/${message.id}/around`,
      cookie: bob.cookie,
    });
    expect(around.statusCode, around.body).toBe(200);
    expect(around.json().messages).toContainEqual(reacted);
  });
});

describe('reactions over the websocket', () => {
  it("reach the room's followers live as the message's next change, and taking back too", async () => {
    const { bob, carol, roomId, message } = await cohortMessage();
    const watching = await subscribed(carol, roomId);
    const on = (await react(bob, message, '❤️')).json() as Message;
    const heard = await messageFrame(watching, message.id, on.change);
    expect(heard.message).toEqual(on);
    const off = (await react(bob, message, '❤️', false)).json() as Message;
    expect((await messageFrame(watching, message.id, off.change)).message.reactions).toEqual([]);
    watching.close();
  });

  it('are read back by a client resuming after a reconnect, ending as a fresh read does', async () => {
    const { alice, bob, carol, roomId, message } = await cohortMessage();
    const stale = await historyOf(carol, roomId);
    const gone = await subscribed(carol, roomId, stale.at(-1));
    gone.socket.terminate();
    await react(bob, message, '👍');
    await react(alice, message, '🎉');
    await react(bob, message, '👍', false);
    await react(bob, message, '👀');

    const back = await subscribed(carol, roomId, stale.at(-1));
    const resumed = back.frames.flatMap((frame) =>
      frame.type === 'message' ? [frame.message] : [],
    );
    expect(resumed).toHaveLength(1);
    const applied = stale.map((held) => resumed.find((each) => each.id === held.id) ?? held);
    expect(applied).toEqual(await historyOf(carol, roomId));
    expect(applied.at(-1)?.reactions.map((reaction) => reaction.emoji)).toEqual(['🎉', '👀']);
    back.close();
  });
});
