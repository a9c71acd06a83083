import type { Message } from '@praxis/contracts/chat';

/**
 * What one API instance tells all of them (itself included) through Postgres NOTIFY. Each
 * instance decides which of its own sockets receive it. Payloads stay small: a message rides
 * along only when it fits, otherwise instances read it from the table by its change number.
 */
export type ChatEvent =
  | { k: 'message'; roomId: string; change: number; message?: Message }
  | { k: 'typing'; roomId: string; memberId: string; name: string }
  | { k: 'presence'; memberId: string; online: boolean }
  | { k: 'read'; roomId: string; memberId: string; seq: number }
  | { k: 'rooms'; memberIds: string[] }
  | { k: 'notifications'; items: { memberId: string; id: string; kind: string }[] }
  | { k: 'sessions'; memberId: string };

export const CHAT_CHANNEL = 'praxis_chat';

// Postgres refuses a NOTIFY payload of 8000 bytes or more; stay well under it.
export const MAX_PAYLOAD_BYTES = 7000;

/** The NOTIFY payloads that carry `event`: one, or several when a list would not fit in one. */
export function encodeChatEvent(event: ChatEvent): string[] {
  if (event.k === 'notifications') {
    return packed(event.items, (items) => JSON.stringify({ ...event, items }));
  }
  if (event.k === 'rooms') {
    return packed(event.memberIds, (memberIds) => JSON.stringify({ ...event, memberIds }));
  }
  const text = JSON.stringify(event);
  if (event.k === 'message' && Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
    return [JSON.stringify({ k: 'message', roomId: event.roomId, change: event.change })];
  }
  return [text];
}

export function decodeChatEvent(payload: string): ChatEvent | null {
  try {
    const event = JSON.parse(payload) as ChatEvent;
    return typeof event === 'object' && event !== null && typeof event.k === 'string'
      ? event
      : null;
  } catch {
    return null;
  }
}

/** Splits `list` into as few payloads as fit, each under the size limit in bytes. */
function packed<T>(list: T[], encode: (part: T[]) => string): string[] {
  const payloads: string[] = [];
  let part: T[] = [];
  for (const item of list) {
    if (part.length > 0 && Buffer.byteLength(encode([...part, item])) > MAX_PAYLOAD_BYTES) {
      payloads.push(encode(part));
      part = [];
    }
    part.push(item);
  }
  if (part.length > 0) payloads.push(encode(part));
  return payloads;
}
