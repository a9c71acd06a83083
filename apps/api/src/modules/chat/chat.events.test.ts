import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChatEvent,
  decodeChatEvent,
  encodeChatEvent,
  MAX_PAYLOAD_BYTES,
} from './chat.events.ts';

describe('encodeChatEvent', () => {
  it('splits the notifications of a whole network into payloads under the NOTIFY limit, losing none', () => {
    const items = Array.from({ length: 500 }, () => ({
      memberId: randomUUID(),
      id: randomUUID(),
      kind: 'meetup_scheduled',
    }));
    const payloads = encodeChatEvent({ k: 'notifications', items });
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) {
      expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    }
    const decoded = payloads.map(decodeChatEvent) as Extract<ChatEvent, { k: 'notifications' }>[];
    expect(decoded.flatMap((event) => event.items)).toEqual(items);
  });

  it('sends a message too large to carry as a pointer to read from the table', () => {
    const message = { body: 'é'.repeat(4000) } as never;
    const [payload, ...rest] = encodeChatEvent({ k: 'message', roomId: 'r', change: 7, message });
    expect(rest).toEqual([]);
    expect(decodeChatEvent(payload as string)).toEqual({ k: 'message', roomId: 'r', change: 7 });
  });

  it('ignores a payload that is not an event', () => {
    expect(decodeChatEvent('not json')).toBeNull();
    expect(decodeChatEvent('42')).toBeNull();
  });
});
