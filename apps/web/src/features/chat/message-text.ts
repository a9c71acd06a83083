import type { Room } from '@praxis/contracts/chat';
import { MAX_MESSAGE_BYTES } from '@praxis/contracts/chat-limits';
import type { IntlShape } from 'react-intl';
import { formatList } from '../../lib/i18n/format-list.ts';
import type { MessageId } from '../../lib/i18n/message-ids.ts';

const encoder = new TextEncoder();

function text(intl: IntlShape, id: MessageId, values?: Record<string, string | number>): string {
  return intl.formatMessage({ id }, values);
}

/** The server counts a message's length in UTF-8 bytes, so the composer does too. */
export function byteLength(body: string): number {
  return encoder.encode(body).length;
}

/** What to tell the writer about length: nothing until they come near the limit. */
export function lengthNotice(
  intl: IntlShape,
  bytes: number,
): { text: string; over: boolean } | null {
  const values = { bytes, max: MAX_MESSAGE_BYTES };
  if (bytes > MAX_MESSAGE_BYTES) {
    return { text: text(intl, 'chat.length.over', values), over: true };
  }
  if (bytes >= MAX_MESSAGE_BYTES * 0.8) {
    return { text: text(intl, 'chat.length.near', values), over: false };
  }
  return null;
}

export const clockTime = (intl: IntlShape, iso: string) =>
  intl.formatTime(new Date(iso), { hour: 'numeric', minute: '2-digit' });

export const exactTime = (intl: IntlShape, iso: string) =>
  intl.formatDate(new Date(iso), { dateStyle: 'full', timeStyle: 'short' });

/** The local calendar day of a moment, to tell days apart. */
export function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** "Today", "Yesterday", "Monday 3 March", or with the year when it is another year. */
export function dayLabel(intl: IntlShape, iso: string, now = new Date()): string {
  const date = new Date(iso);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (dayKey(iso) === dayKey(now.toISOString())) return text(intl, 'chat.day.today');
  if (dayKey(iso) === dayKey(yesterday.toISOString())) return text(intl, 'chat.day.yesterday');
  return date.getFullYear() === now.getFullYear()
    ? intl.formatDate(date, { weekday: 'long', day: 'numeric', month: 'long' })
    : intl.formatDate(date, { dateStyle: 'full' });
}

/**
 * A room's title in the reader's language: a cohort's or meetup's room by its own name, the
 * network room as "Everyone", a direct conversation by the others in it, side by side as a
 * title lists them ("Ana Laurent, Marko Babić" in English).
 */
export function roomTitle(intl: IntlShape, room: Pick<Room, 'kind' | 'name' | 'members'>): string {
  switch (room.kind) {
    case 'network':
      return text(intl, 'chat.title.network');
    case 'cohort':
      return room.name ?? text(intl, 'chat.title.cohort');
    case 'meetup':
      return room.name ?? text(intl, 'chat.title.meetup');
    case 'direct':
      return room.members.length > 0
        ? formatList(
            intl,
            room.members.map((member) => member.name),
            { type: 'unit', style: 'short' },
          )
        : text(intl, 'chat.title.everyoneLeft');
  }
}

/**
 * The line above a room's first message. A direct conversation is named by who is in it, which
 * does not read as a room's name: "the start of Ana Laurent" would be about her, not the talk.
 */
export function roomStartLine(
  intl: IntlShape,
  room: Pick<Room, 'kind' | 'name' | 'members'>,
  hasMessages: boolean,
): string {
  if (room.kind === 'direct') {
    if (room.members.length === 0) {
      return text(intl, hasMessages ? 'chat.start.alone' : 'chat.start.aloneEmpty');
    }
    const names = formatList(
      intl,
      room.members.map((member) => member.name),
    );
    return text(intl, hasMessages ? 'chat.start.direct' : 'chat.start.directEmpty', { names });
  }
  return text(intl, hasMessages ? 'chat.start.room' : 'chat.start.roomEmpty', {
    room: roomTitle(intl, room),
  });
}
