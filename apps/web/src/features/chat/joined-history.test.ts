import type { Message } from '@praxis/contracts/chat';
import { chatMessage } from '@praxis/contracts/testing/chat-message';
import { describe, expect, it } from 'vitest';
import { joinHistory } from './joined-history.ts';

const message = (seq: number, change = seq, deleted = false): Message =>
  chatMessage(seq, { change, deletedAt: deleted ? '2027-01-01T11:00:00.000Z' : null });

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => message(from + index));
const seqs = (messages: readonly Message[]) => messages.map((shown) => shown.seq);

describe('joinHistory', () => {
  it('keeps messages said live below an old window, counting them, instead of showing them after a gap', () => {
    const pages = [{ messages: range(10, 20) }];
    const live = range(101, 103);
    const joined = joinHistory(pages, live, { complete: false, since: 100 });
    expect(seqs(joined.messages)).toEqual(seqs(range(10, 20)));
    expect(joined.waiting).toBe(3);
  });

  it('counts only what came after the room was opened, and no deleted message', () => {
    const live = [...range(99, 101), message(102, 104, true)];
    const joined = joinHistory([{ messages: range(10, 20) }], live, {
      complete: false,
      since: 100,
    });
    expect(joined.waiting).toBe(1);
  });

  it('shows a live edit of a message inside the window at once, in its place', () => {
    const edited = message(15, 30);
    const joined = joinHistory([{ messages: range(10, 20) }], [edited], {
      complete: false,
      since: 100,
    });
    expect(seqs(joined.messages)).toEqual(seqs(range(10, 20)));
    expect(joined.messages[5]).toBe(edited);
  });

  it('joins the live messages once the newer pages reach the latest: in order, none twice, no gap', () => {
    // Newer pages come first in `pages` (fetchPreviousPage), the window after them.
    const pages = [
      { messages: range(96, 101) },
      { messages: range(21, 95) },
      { messages: range(10, 20) },
    ];
    const live = range(100, 104);
    const joined = joinHistory(pages, live, { complete: true, since: 100 });
    expect(seqs(joined.messages)).toEqual(seqs(range(10, 104)));
    expect(joined.waiting).toBe(0);
  });

  it('leaves out a live edit of a message older than the history, which would sit over a gap', () => {
    const joined = joinHistory([{ messages: range(50, 60) }], [message(3, 70), ...range(61, 62)], {
      complete: true,
      since: 60,
    });
    expect(seqs(joined.messages)).toEqual(seqs(range(50, 62)));
  });

  it('shows every live message of a room whose history is empty', () => {
    const joined = joinHistory([{ messages: [] }], range(1, 2), { complete: true, since: 0 });
    expect(seqs(joined.messages)).toEqual([1, 2]);
  });
});
