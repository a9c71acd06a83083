import type { Message, PagedMessage } from './chat.ts';
import type { Author } from './common.ts';

// A room's messages as a `messages` frame carries them. A page of fifty messages from a handful
// of people would otherwise repeat the room and each author fifty times: over a third of its
// bytes, which every tab catching up receives and parses. Kept apart from the zod frames, for the
// web app's first load.

export interface MessagePage {
  type: 'messages';
  roomId: string;
  authors: Author[];
  messages: PagedMessage[];
}

/** The frame for messages of `roomId`, in their order; each distinct author is written once. */
export function messagePage(roomId: string, messages: readonly Message[]): MessagePage {
  const authors: Author[] = [];
  // By the whole author, not the id: an anonymous post's author shares an id with every other.
  const places = new Map<string, number>();
  const paged = messages.map(({ roomId: _room, author, ...message }) => {
    const key = JSON.stringify(author);
    let place = places.get(key);
    if (place === undefined) {
      place = authors.push(author) - 1;
      places.set(key, place);
    }
    return { ...message, author: place };
  });
  return { type: 'messages', roomId, authors, messages: paged };
}

/**
 * The messages a `messages` frame carries, each whole again: made so in place, for the frame
 * is the caller's own, just parsed (a storm of reconnecting tabs takes tens of thousands).
 */
export function pageMessages(page: Omit<MessagePage, 'type'>): Message[] {
  return page.messages.map((paged) => {
    const author = page.authors[paged.author];
    if (!author) throw new Error(`a message names author ${paged.author}, not in its frame`);
    const message = paged as unknown as Message;
    message.author = author;
    message.roomId = page.roomId;
    return message;
  });
}
