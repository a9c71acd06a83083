// Chat's limits, apart from its zod schemas so that the web app's first load carries no schema
// library.

/** A message body, counted in UTF-8 bytes as it travels. */
export const MAX_MESSAGE_BYTES = 4096;
/** Messages one connection may send per window before it is refused. */
export const SEND_LIMIT = { messages: 20, windowMs: 10_000 } as const;
/** A direct conversation holds at most this many members, the one who starts it included. */
export const MAX_DIRECT_MEMBERS = 8;
/** How long a typing indicator shows after the last keystroke it announced. */
export const TYPING_SHOWN_MS = 6000;
export const HISTORY_PAGE = 50;
/** The reactions a member may leave on a message, in the order they show. */
export const REACTION_EMOJI = ['👍', '❤️', '😄', '🎉', '🤔', '👀'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];
