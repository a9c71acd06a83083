import type { Message } from '@praxis/contracts/chat';
import { chatMessage } from '@praxis/contracts/testing/chat-message';
import { describe, expect, it } from 'vitest';
import { RealtimeStore, upsertMessages } from './realtime-store.ts';

const roomId = '00000000-0000-4000-8000-000000000001';

const message = (seq: number, change = seq, body = `message ${seq}`): Message =>
  chatMessage(seq, { roomId, change, body, html: `<p>${body}</p>` });

describe('upsertMessages', () => {
  it('keeps each message once, in sequence order, whatever order pages and frames come in', () => {
    const live = upsertMessages([], [message(5), message(6)]);
    const merged = upsertMessages(live, [message(3), message(4), message(5)]);
    expect(merged.map((each) => each.seq)).toEqual([3, 4, 5, 6]);
  });

  it('lets a later change replace a message and never an earlier one', () => {
    const edited = upsertMessages([message(1)], [message(1, 7, 'edited')]);
    expect(edited[0]?.body).toBe('edited');
    const stale = upsertMessages(edited, [message(1, 1, 'original')]);
    expect(stale).toBe(edited);
  });
});

describe('RealtimeStore', () => {
  it('replaces a local echo with the stored message, whether the ack or the message comes first', () => {
    const store = new RealtimeStore();
    store.hello(message(1).author.id, []);
    const echo = {
      roomId,
      body: 'hello',
      createdAt: '2027-01-01T10:00:00.000Z',
      status: 'sending' as const,
      error: null,
    };
    store.addPending({ ...echo, clientId: 'client-1' });
    store.addPending({ ...echo, clientId: 'client-2' });

    store.acknowledge(roomId, 'client-1', message(1).id);
    expect(store.get().rooms[roomId]?.pending.map((each) => each.status)).toEqual([
      'sent',
      'sending',
    ]);
    store.receive(message(1));
    store.receive(message(2));
    store.acknowledge(roomId, 'client-2', message(2).id);

    const room = store.get().rooms[roomId];
    expect(room?.pending).toEqual([]);
    expect(room?.messages.map((each) => each.seq)).toEqual([1, 2]);
  });

  it("never settles a local echo with another member's message that has the same clientId", () => {
    const store = new RealtimeStore();
    store.hello('00000000-0000-4000-8000-00000000beef', []);
    store.addPending({
      roomId,
      clientId: message(1).clientId,
      body: 'mine',
      createdAt: '2027-01-01T10:00:00.000Z',
      status: 'sending',
      error: null,
    });
    store.receive(message(1));
    expect(store.get().rooms[roomId]?.pending.map((each) => each.body)).toEqual(['mine']);
  });

  it('stops showing someone typing once their message arrives', () => {
    const store = new RealtimeStore();
    const author = message(1).author.id;
    store.typing(roomId, author, 'Amra Hadžić', Date.now() + 6000);
    expect(Object.keys(store.get().rooms[roomId]?.typing ?? {})).toEqual([author]);
    store.receive(message(1));
    expect(store.get().rooms[roomId]?.typing).toEqual({});
  });
});

describe('the online list across a reconnection', () => {
  const alice = '00000000-0000-4000-8000-0000000000a1';
  const bob = '00000000-0000-4000-8000-0000000000b2';

  it('shows nobody while disconnected, holds the last list, and keeps it when the hello has none', () => {
    const store = new RealtimeStore();
    expect(store.heldOnline()).toBeNull();
    store.hello(alice, [alice, bob]);
    expect(store.heldOnline()).toBeNull();
    store.setConnection('reconnecting');
    expect(store.get().online.size).toBe(0);
    expect([...(store.heldOnline() ?? [])]).toEqual([alice, bob]);
    store.hello(alice, undefined);
    expect([...store.get().online]).toEqual([alice, bob]);
    expect(store.heldOnline()).toBeNull();
  });

  it('is replaced by the list a hello brings, and forgotten on a reset', () => {
    const store = new RealtimeStore();
    store.hello(alice, [alice, bob]);
    store.setConnection('reconnecting');
    store.hello(alice, [alice]);
    expect([...store.get().online]).toEqual([alice]);
    store.setConnection('reconnecting');
    store.reset();
    expect(store.heldOnline()).toBeNull();
  });
});
