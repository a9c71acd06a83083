import { MAX_MESSAGE_BYTES, type Room } from '@praxis/contracts/chat';

const encoder = new TextEncoder();
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const thisYear = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** The server counts a message's length in UTF-8 bytes, so the composer does too. */
export function byteLength(body: string): number {
  return encoder.encode(body).length;
}

/** What to tell the writer about length: nothing until they come near the limit. */
export function lengthNotice(bytes: number): { text: string; over: boolean } | null {
  if (bytes > MAX_MESSAGE_BYTES) {
    return {
      text: `Too long: ${bytes.toLocaleString()} of ${MAX_MESSAGE_BYTES.toLocaleString()} bytes. Shorten it or send it in parts.`,
      over: true,
    };
  }
  if (bytes >= MAX_MESSAGE_BYTES * 0.8) {
    return {
      text: `${bytes.toLocaleString()} of ${MAX_MESSAGE_BYTES.toLocaleString()} bytes`,
      over: false,
    };
  }
  return null;
}

export const clockTime = (iso: string) => clock.format(new Date(iso));

export const exactTime = (iso: string) => fullDate.format(new Date(iso));

/** The local calendar day of a moment, to tell days apart. */
export function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** "Today", "Yesterday", "Monday 3 March", or with the year when it is another year. */
export function dayLabel(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (dayKey(iso) === dayKey(now.toISOString())) return 'Today';
  if (dayKey(iso) === dayKey(yesterday.toISOString())) return 'Yesterday';
  return date.getFullYear() === now.getFullYear() ? thisYear.format(date) : otherYear.format(date);
}

/**
 * The line above a room's first message. A direct conversation is named by who is in it, which
 * does not read as a room's name: "the start of Ana Laurent" would be about her, not the talk.
 */
export function roomStartLine(
  room: Pick<Room, 'kind' | 'title' | 'members'>,
  hasMessages: boolean,
): string {
  if (room.kind === 'direct') {
    if (room.members.length === 0) {
      return hasMessages
        ? 'This is the start of this conversation.'
        : 'No messages in this conversation.';
    }
    const others = names.format(room.members.map((member) => member.name));
    return hasMessages
      ? `This is the start of your conversation with ${others}.`
      : `No messages with ${others} yet. Say hello!`;
  }
  return hasMessages
    ? `This is the start of the ${room.title} room.`
    : `No messages in the ${room.title} room yet. Say hello!`;
}
