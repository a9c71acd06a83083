import { HISTORY_PAGE } from '@praxis/contracts/chat';
import { toMessagesFrame } from '@praxis/contracts/message-pages';
import { batchByKeyWhileBusy } from '../../lib/batches.ts';
import type { Connection } from '../../realtime/connection.ts';
import { SharedFrame } from '../../realtime/shared-frame.ts';
import type { ChatService } from './chat.service.ts';

const CATCH_UP = {
  /** Live events held for a room while its backlog is read; past it, the backlog is reread. */
  heldEvents: 1000,
  page: 200,
};

type Counters = { lastSeq: number; lastChange: number };

/** A socket starting in a room from where the client stands, or resuming its cursor. */
type BacklogRequest =
  | { connection: Connection; afterSeq: number | undefined; afterChange: number | undefined }
  | { connection: Connection; resume: true };

/** Sockets whose backlogs in a room start from one position, read once for all of them. */
interface BacklogGroup {
  afterSeq: number;
  afterChange: number;
  from: number;
  connections: Connection[];
}

interface Cursor {
  /** The room's change number up to which this client has everything. */
  position: number;
  /** While the backlog is read, live events wait here so the seam has no gap or double. */
  held: { change: number; text: string | SharedFrame }[] | null;
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
    const counters = await backlogs(roomId, { connection, afterSeq, afterChange });
    if (!counters) return;
    connection.write({
      type: 'subscribed',
      roomId,
      lastSeq: counters.lastSeq,
      lastChange: counters.lastChange,
    });
    release(connection, roomId);
  }

  /** A live message event for a room this socket follows, serialised once for all. */
  function deliver(
    connection: Connection,
    roomId: string,
    change: number,
    text: string | SharedFrame,
  ) {
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
    if (!cursors.get(connection)?.get(roomId)) return;
    if (await backlogs(roomId, { connection, resume: true })) release(connection, roomId);
  }

  /**
   * The backlogs of the sockets starting or resuming in a room while one is read there: the
   * room's counters are read once for all of them, and each position's missed messages once for
   * the sockets that stand there (after a restart, every tab of a busy room), each frame
   * serialised once. Every socket's cursor is set before the counters are read. Resolves, for
   * each, with the counters it is now up to, or nothing if the room is gone.
   */
  const backlogs = batchByKeyWhileBusy(async (roomId: string, requests: BacklogRequest[]) => {
    const counters = await chat.roomCounters(roomId);
    if (!counters) return requests.map(() => undefined);
    const groups = new Map<string, BacklogGroup>();
    for (const request of requests) {
      const since = sinceOf(request, roomId, counters);
      if (!since) continue;
      const key = `${since.afterSeq}:${since.afterChange}:${since.from}`;
      // Spread last: see bench/README.md, "Object spread".
      const group = groups.get(key) ?? { connections: [], ...since };
      group.connections.push(request.connection);
      groups.set(key, group);
    }
    for (const group of groups.values()) await sendBacklog(roomId, group, counters.lastChange);
    return requests.map(() => counters);
  });

  /** From where a socket's backlog is read: a resumed cursor from its position. */
  function sinceOf(request: BacklogRequest, roomId: string, counters: Counters) {
    if ('resume' in request) {
      const cursor = cursors.get(request.connection)?.get(roomId);
      if (!cursor) return null;
      return { afterSeq: cursor.position, afterChange: cursor.position, from: cursor.position };
    }
    const fromSeq = request.afterSeq ?? Math.max(0, counters.lastSeq - HISTORY_PAGE);
    const fromChange =
      request.afterSeq === undefined
        ? counters.lastChange
        : (request.afterChange ?? counters.lastChange);
    // A message's change number is never below its sequence number, so nothing before the
    // smaller of the two can qualify.
    return { afterSeq: fromSeq, afterChange: fromChange, from: Math.min(fromSeq, fromChange) };
  }

  async function sendBacklog(roomId: string, group: BacklogGroup, upTo: number) {
    const { afterSeq, afterChange, connections } = group;
    const following = () =>
      connections.filter(
        (connection) => !connection.closed && cursors.get(connection)?.has(roomId),
      );
    let position = group.from;
    for (;;) {
      const page = await chat.changesSince(roomId, {
        afterSeq,
        afterChange,
        cursor: position,
        upTo,
        limit: CATCH_UP.page,
      });
      const readers = following();
      if (page.length > 0) {
        // One frame per page for every socket: a thousand tabs resyncing fifty messages each
        // otherwise take fifty thousand frames.
        const frame = SharedFrame.of(toMessagesFrame(roomId, page));
        for (const connection of readers) connection.writeText(frame);
      }
      const last = page.at(-1);
      if (!last || page.length < CATCH_UP.page || readers.length === 0) break;
      position = last.change;
    }
    for (const connection of following()) {
      const cursor = cursors.get(connection)?.get(roomId);
      if (cursor) cursor.position = Math.max(cursor.position, upTo);
    }
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
