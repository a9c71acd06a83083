import type { Db } from '@praxis/db/client';
import { mentionedHandles } from '../../markdown.ts';
import * as repository from './members.repository.ts';

// Threads, chat and meetup notes link and notify @handles alike: the members they name are
// resolved here, and each module tells those of them who may see the text.

/** How many mentions one post may link and notify. */
const MAX_MENTIONS = 50;

/** The members the texts mention: every one is linked, those outside quotes are notified. */
export async function resolveMentions(db: Db, texts: string[]) {
  const handles = [...new Set(texts.flatMap((text) => mentionedHandles(text)))].slice(
    0,
    MAX_MENTIONS,
  );
  const unquoted = new Set(
    texts.flatMap((text) => mentionedHandles(text, { outsideQuotes: true })),
  );
  const found = await repository.activeMembersByHandles(db, handles);
  return new Mentions(found, unquoted);
}

/** Mentioned members by handle: the cooker reads the handles, notifications the ids. */
export class Mentions extends Map<string, string> {
  /** The members to notify: mentioned outside a quote. */
  readonly memberIds: string[];
  constructor(found: { id: string; handle: string }[], unquoted: ReadonlySet<string>) {
    super(found.map((member) => [member.handle.toLowerCase(), member.handle]));
    this.memberIds = found
      .filter((member) => unquoted.has(member.handle.toLowerCase()))
      .map((member) => member.id);
  }
}
