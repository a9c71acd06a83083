import type { FramedMessage, Message } from './chat.ts';
import type { Author } from './common.ts';
import type { ServerFrame } from './realtime.ts';

// A room's messages as a `messages` frame carries them. A page of fifty messages from a handful
// of people would otherwise repeat the room and each author fifty times: over a third of its
// bytes, which every tab catching up receives and parses. Types only from the zod contracts:
// the web app's first load carries no schema library.

export type MessagesFrame = Extract<ServerFrame, { type: 'messages' }>;

/** The frame for messages of `roomId`, in their order; each distinct author is written once. */
export function toMessagesFrame(roomId: string, messages: readonly Message[]): MessagesFrame {
  const authors: Author[] = [];
  // Keyed by all that is shown of an author, not the id alone: two authors who share an id (an
  // anonymous author's, elsewhere in Praxis) could never be merged.
  const places = new Map<string, number>();
  const framed = messages.map(({ roomId: _room, author, ...message }): FramedMessage => {
    const key = JSON.stringify(author);
    let place = places.get(key);
    if (place === undefined) {
      place = authors.push(author) - 1;
      places.set(key, place);
    }
    return { ...message, author: place };
  });
  return { type: 'messages', roomId, authors, messages: framed };
}

/**
 * The messages a `messages` frame carries, each whole again. They are made whole in place, in
 * the frame the caller has just parsed, rather than copied; taking the same frame again gives
 * the same messages. A frame naming an author it does not carry is refused before any change.
 */
export function messagesOfFrame(frame: Omit<MessagesFrame, 'type'>): Message[] {
  const messages = frame.messages as (FramedMessage | Message)[];
  const whole = (message: FramedMessage | Message): message is Message =>
    typeof message.author === 'object' && message.author !== null;
  for (const message of messages) {
    if (whole(message)) continue;
    const place = message.author;
    if (!(Number.isInteger(place) && place >= 0 && place < frame.authors.length)) {
      throw new Error(`a message names author ${place}, which its frame does not carry`);
    }
  }
  return messages.map((message) => {
    if (whole(message)) return message;
    const made = message as unknown as Message;
    made.author = frame.authors[message.author] as Author;
    made.roomId = frame.roomId;
    return made;
  });
}
