// Where an `@mention` is being typed, and what picking a member does to the text: pure, so that
// the editor's keyboard and pointer paths share it and a unit test holds it.

/** A mention may start where the server's cooker looks for one: not inside a word or address. */
const TYPING_MENTION = /(^|[^\p{L}\p{N}_@/.-])@([\p{L}\p{N}_-]{1,60})$/u;

export interface MentionTyped {
  /** Where the `@` is. */
  start: number;
  /** The letters after it, up to the caret. */
  typed: string;
}

/** The `@letters` right before the caret, or null when the caret is not in one. */
export function mentionAt(text: string, caret: number): MentionTyped | null {
  const match = TYPING_MENTION.exec(text.slice(0, caret));
  const typed = match?.[2];
  if (!typed) return null;
  return { start: caret - typed.length - 1, typed };
}

/**
 * The text with the mention being typed replaced by `@handle ` (the rest of the word under the
 * caret too), and where the caret goes: right after the space.
 */
export function insertMention(
  text: string,
  caret: number,
  mention: MentionTyped,
  handle: string,
): { text: string; caret: number } {
  const inserted = `@${handle} `;
  const after = text.slice(caret).replace(/^[\p{L}\p{N}_-]*\s?/u, '');
  return {
    text: text.slice(0, mention.start) + inserted + after,
    caret: mention.start + inserted.length,
  };
}
