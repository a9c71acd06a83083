import { describe, expect, it } from 'vitest';
import type { Message } from './chat.ts';
import { messagesOfFrame, toMessagesFrame } from './message-pages.ts';
import { chatMessage } from './testing/chat-message.ts';

const roomId = '00000000-0000-4000-8000-000000000001';
const amra = {
  id: '00000000-0000-4000-8000-0000000000a1',
  handle: 'amra',
  name: 'Amra',
  role: 'member' as const,
  avatar: null,
};
const bojan = {
  ...amra,
  id: '00000000-0000-4000-8000-0000000000b2',
  handle: 'bojan',
  name: 'Bojan',
};

const message = (seq: number, author: Message['author']): Message =>
  chatMessage(seq, { roomId, author });

describe('a page of messages in one frame', () => {
  const messages = [message(1, amra), message(2, bojan), message(3, amra), message(4, amra)];

  it('writes each author once and the room once, and gives back the same messages', () => {
    const frame = toMessagesFrame(roomId, messages);
    expect(frame.authors).toEqual([amra, bojan]);
    expect(frame.messages.map((each) => each.author)).toEqual([0, 1, 0, 0]);
    expect(frame.messages.some((each) => 'roomId' in each)).toBe(false);
    const parsed = JSON.parse(JSON.stringify(frame));
    expect(messagesOfFrame(parsed)).toEqual(messages);
    expect(messagesOfFrame(parsed)).toEqual(messages);
  });

  it('keeps apart two authors who share an id but not what is shown of them', () => {
    const anonymous = { ...amra, handle: '', name: '', anonymous: { cohort: null } };
    const frame = toMessagesFrame(roomId, [message(1, amra), message(2, anonymous)]);
    expect(frame.authors).toHaveLength(2);
    expect(messagesOfFrame(frame).map((each) => each.author)).toEqual([amra, anonymous]);
  });

  it('refuses, before changing anything, a frame naming an author it does not carry', () => {
    for (const place of [1, -1, 0.5, 'length']) {
      const frame = JSON.parse(JSON.stringify(toMessagesFrame(roomId, [message(1, amra)])));
      frame.messages.unshift({ ...frame.messages[0], author: place });
      expect(() => messagesOfFrame(frame)).toThrow(/which its frame does not carry/);
      expect(frame.messages[1].author).toBe(0);
    }
  });
});
