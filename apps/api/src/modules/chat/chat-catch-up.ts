import { HISTORY_PAGE } from '@praxis/contracts/chat';
import type { Connection } from '../../realtime/connection.ts';
import type { ChatService } from './chat.service.ts';

const CATCH_UP = {
  /** Live events held for a room while its backlog is read; past it, the backlog is reread. */
  heldEvents: 1000,
  page: 200,
};

interface Cursor {
  /** The room's change number up to which this client has everything. */
  position: number;
  /** While the backlog is read, live events wait here so the seam has no gap or double. */
  held: { change: number; text: string }[] | null;
}

/** The topic under which a socket follows a chat room. */
export const roomTopic = (roomId: string) => `room:${roomId}`;

/**
 * Where each socket stands in each room it follows, so that it receives every message from the
 * database up to the room's counters and then live, without gap or double at the seam, and reads
 * back what it missed when a live event skips ahead or the bus was cut off.
 */
export function createRoomCursors(chat: ChatService) {
  const cursors = new WeakMap<Connection, Map<string, Cursor>>();

  const of = (connection: Connection) => {
    let mine = cursors.get(connection);
    if (!mine) {
      mine = new Map();
      cursors.set(connection, mine);
    }
    return mine;
  };

  /** Called once the socket follows the room's topic (and may, by the room's rule). */
  async function start(
    connection: Connection,
    roomId: string,
    afterSeq: number | undefined,
    afterChange: number | undefined,
  ) {
    // Set before the backlog is read: whatever commits from now on is either in what is read or
    // arrives live and waits in `held` until the backlog is out.
    of(connection).set(roomId, { position: 0, held: [] });
    const counters = await chat.roomCounters(roomId);
    if (!counters) return;
    const since = {
      afterSeq: afterSeq ?? Math.max(0, counters.lastSeq - HISTORY_PAGE),
      afterChange:
        afterSeq === undefined ? counters.lastChange : (afterChange ?? counters.lastChange),
    };
    await sendBacklog(connection, roomId, since, counters.lastChange);
    connection.write({
      type: 'subscribed',
      roomId,
      lastSeq: counters.lastSeq,
      lastChange: counters.lastChange,
    });
    release(connection, roomId);
  }

  /** A live message event for a room this socket follows, serialised once for all. */
  function deliver(connection: Connection, roomId: string, change: number, text: string) {
    const cursor = cursors.get(connection)?.get(roomId);
    if (!cursor || connection.closed) return;
    if (cursor.held) {
      if (cursor.held.length < CATCH_UP.heldEvents) cursor.held.push({ change, text });
      return;
    }
    if (change <= cursor.position) return;
    if (change > cursor.position + 1) {
      // Something in between never reached this instance: read it from the database.
      cursor.held = [{ change, text }];
      connection.enqueue(() => catchUp(connection, roomId));
      return;
    }
    cursor.position = change;
    connection.writeText(text);
  }

  /** Whether live frames of this room reach the socket now (not while its backlog is read). */
  const isLive = (connection: Connection, roomId: string) =>
    cursors.get(connection)?.get(roomId)?.held === null;

  /** Events may have been missed (after the bus was cut off): read them back. */
  function resync(connection: Connection) {
    for (const [roomId, cursor] of cursors.get(connection) ?? []) {
      if (cursor.held) continue;
      cursor.held = [];
      connection.enqueue(() => catchUp(connection, roomId));
    }
  }

  function stop(connection: Connection, roomId: string) {
    cursors.get(connection)?.delete(roomId);
  }

  async function catchUp(connection: Connection, roomId: string) {
    const cursor = cursors.get(connection)?.get(roomId);
    if (!cursor) return;
    const counters = await chat.roomCounters(roomId);
    if (!counters) return;
    const { position } = cursor;
    await sendBacklog(
      connection,
      roomId,
      { afterSeq: position, afterChange: position },
      counters.lastChange,
      position,
    );
    release(connection, roomId);
  }

  async function sendBacklog(
    connection: Connection,
    roomId: string,
    since: { afterSeq: number; afterChange: number },
    upTo: number,
    from?: number,
  ) {
    // A message's change number is never below its sequence number, so nothing before the
    // smaller of the two can qualify.
    let position = from ?? Math.min(since.afterSeq, since.afterChange);
    const mine = of(connection);
    for (;;) {
      const page = await chat.changesSince(roomId, {
        ...since,
        cursor: position,
        upTo,
        limit: CATCH_UP.page,
      });
      if (!mine.has(roomId)) return;
      for (const message of page) connection.write({ type: 'message', message });
      const last = page.at(-1);
      if (!last || page.length < CATCH_UP.page || connection.closed) break;
      position = last.change;
    }
    const cursor = mine.get(roomId);
    if (cursor) cursor.position = Math.max(cursor.position, upTo);
  }

  function release(connection: Connection, roomId: string) {
    const cursor = cursors.get(connection)?.get(roomId);
    if (!cursor?.held) return;
    const held = cursor.held;
    cursor.held = null;
    if (held.length >= CATCH_UP.heldEvents) {
      cursor.held = [];
      connection.enqueue(() => catchUp(connection, roomId));
      return;
    }
    for (const event of held) deliver(connection, roomId, event.change, event.text);
  }

  return { start, deliver, isLive, resync, stop };
}

export type RoomCursors = ReturnType<typeof createRoomCursors>;
