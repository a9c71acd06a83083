import { HISTORY_PAGE, type MessageWindow } from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import type { SearchTerm } from '../../lib/full-text.ts';
import type { RankedPosition } from '../../lib/search-ranking.ts';
import { sideBySide } from '../../lib/side-by-side.ts';
import { authorsById, toAuthor } from '../members/members.service.ts';
import * as search from './message-search.repository.ts';
import { presentMessages } from './messages.service.ts';
import * as rooms from './rooms.repository.ts';
import { requireRoom, roomName } from './rooms.service.ts';

// What the search module asks of chat, and the history around a message a search found. Every
// read applies chat's one rule (roomVisibleTo): a room the viewer is not in answers 404.

/** Messages on either side of the one a window is centred on. */
const AROUND = 25;

/**
 * Messages holding the words searched for in the rooms the viewer is in (or in `roomId` alone,
 * once the viewer is known to be in it), each with its room's kind and name and its author, and
 * its position in the order (for the cursor of the next page). Up to `limit` + 1 hits, to tell
 * whether more follow.
 */
export async function searchMessages(
  db: Db,
  viewer: AccountMember,
  terms: readonly SearchTerm[],
  roomId: string | null,
  after: RankedPosition | null,
  limit: number,
) {
  if (roomId) await requireRoom(db, viewer.id, roomId);
  const hits = await search.findMessageHits(db, viewer.id, terms, roomId, after, limit);
  const roomIds = [...new Set(hits.map((hit) => hit.roomId))];
  const roomRows = await sideBySide(
    db,
    roomIds.map((id) => () => rooms.roomFor(db, viewer.id, id)),
  );
  const roomsById = new Map(roomRows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const authors = await authorsById(
    db,
    hits.map((hit) => hit.authorId),
  );
  return hits.flatMap((hit) => {
    const room = roomsById.get(hit.roomId);
    const author = authors.get(hit.authorId);
    if (!room || !author) return [];
    // Spread last: see bench/README.md, "Object spread".
    return [{ roomKind: room.kind, roomName: roomName(room), author: toAuthor(author), ...hit }];
  });
}

export function createMessageWindowService(db: Db) {
  return {
    /** The message and up to AROUND messages each side of it, oldest first. */
    async around(viewer: AccountMember, roomId: string, messageId: string): Promise<MessageWindow> {
      await requireRoom(db, viewer.id, roomId);
      const seq = await search.messageSeq(db, roomId, messageId);
      if (seq === null) throw new AppError('not_found', msg('errors.chat.messageGone'));
      const [older, newer] = await Promise.all([
        search.messagesUntil(db, roomId, seq, AROUND),
        search.messagesFrom(db, roomId, seq, AROUND + 1, true),
      ]);
      const before = older.slice(0, AROUND).reverse();
      const after = newer.slice(0, AROUND + 1);
      return {
        messages: await presentMessages(db, [...before, ...after]),
        nextBefore: older.length > AROUND ? (before[0]?.seq ?? null) : null,
        nextAfter: newer.length > AROUND + 1 ? (after.at(-1)?.seq ?? null) : null,
      };
    },

    /** Up to a page of messages after seq `after`, oldest first. */
    async newer(viewer: AccountMember, roomId: string, after: number): Promise<MessageWindow> {
      await requireRoom(db, viewer.id, roomId);
      const rows = await search.messagesFrom(db, roomId, after, HISTORY_PAGE, false);
      const page = rows.slice(0, HISTORY_PAGE);
      return {
        messages: await presentMessages(db, page),
        nextBefore: null,
        nextAfter: rows.length > HISTORY_PAGE ? (page.at(-1)?.seq ?? null) : null,
      };
    },
  };
}
