import { describe, expect, it } from 'vitest';
import type { Message } from './chat.ts';
import { messagePage, pageMessages } from './message-pages.ts';
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
    const page = messagePage(roomId, messages);
    expect(page.authors).toEqual([amra, bojan]);
    expect(page.messages.map((each) => each.author)).toEqual([0, 1, 0, 0]);
    expect(page.messages.some((each) => 'roomId' in each)).toBe(false);
    expect(pageMessages(JSON.parse(JSON.stringify(page)))).toEqual(messages);
  });

  it('keeps apart two authors who share an id but not what is shown of them', () => {
    const anonymous = { ...amra, handle: '', name: '', anonymous: { cohort: null } };
    const page = messagePage(roomId, [message(1, amra), message(2, anonymous)]);
    expect(page.authors).toHaveLength(2);
    expect(pageMessages(page).map((each) => each.author)).toEqual([amra, anonymous]);
  });

  it('refuses a frame whose message names an author it does not carry', () => {
    const page = messagePage(roomId, [message(1, amra)]);
    expect(() => pageMessages({ ...page, authors: [] })).toThrow(/author 0/);
  });
});
