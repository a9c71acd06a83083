import type { Message } from '@praxis/contracts/chat';
import { presenceDigest } from '@praxis/contracts/presence-digest';
import type { Locale } from '@praxis/i18n/locales';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'outdated';

/** A message this tab sent that is not in the room's history yet (local echo). */
export interface PendingMessage {
  clientId: string;
  roomId: string;
  body: string;
  /** The language chosen in the composer; absent, the server takes the sender's. */
  language?: Locale | undefined;
  /** The sender's uploads going with it; the echo shows how many. */
  attachmentIds?: readonly string[] | undefined;
  createdAt: string;
  /**
   * `sent` means acknowledged: the message frame that replaces it is on its way, and dropping
   * the echo before it lands would make the message blink.
   */
  status: 'sending' | 'sent' | 'failed';
  error: string | null;
}

export interface RoomState {
  /** Ascending by seq, each message once, in the latest version this tab has seen. */
  messages: readonly Message[];
  pending: readonly PendingMessage[];
  /** Who is typing, by member id: their name, and until when (epoch ms). */
  typing: Readonly<Record<string, { name: string; until: number }>>;
  /** Why the server refused to follow this room, or null. */
  error: string | null;
}

export interface RealtimeState {
  connection: ConnectionState;
  memberId: string | null;
  online: ReadonlySet<string>;
  rooms: Readonly<Record<string, RoomState>>;
  /** A refusal that names no message or room. */
  error: string | null;
}

export const EMPTY_ROOM: RoomState = { messages: [], pending: [], typing: {}, error: null };

const initialState = (): RealtimeState => ({
  connection: 'connecting',
  memberId: null,
  online: new Set(),
  rooms: {},
  error: null,
});

/** The first index whose message has a seq of at least `seq`. */
function lowerBound(messages: readonly Message[], seq: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((messages[middle]?.seq ?? 0) < seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `messages` with `incoming` merged in by seq. A version replaces the one held only when its
 * change is higher, so a late history page never undoes an edit or deletion seen live. Returns
 * `messages` itself when nothing changed, which keeps React from re-rendering.
 */
export function upsertMessages(
  messages: readonly Message[],
  incoming: readonly Message[],
): readonly Message[] {
  let result: Message[] | null = null;
  for (const message of incoming) {
    const current: readonly Message[] = result ?? messages;
    const index = lowerBound(current, message.seq);
    const existing = current[index];
    if (existing?.seq === message.seq) {
      if (message.change <= existing.change) continue;
      result ??= [...messages];
      result[index] = message;
    } else {
      result ??= [...messages];
      result.splice(index, 0, message);
    }
  }
  return result ?? messages;
}

/** What the realtime client knows, kept immutable so `useSyncExternalStore` sees each change. */
export class RealtimeStore {
  private state = initialState();
  private readonly listeners = new Set<() => void>();
  /** Who was online when the connection was lost: the server may say it has not changed. */
  private lastOnline: ReadonlySet<string> | null = null;

  readonly get = (): RealtimeState => this.state;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  reset() {
    this.lastOnline = null;
    this.set(initialState());
  }

  setConnection(connection: ConnectionState) {
    if (this.state.connection === connection) return;
    // Presence is unknown while disconnected; the next hello brings it, or says it is as it was.
    if (this.state.connection === 'open') this.lastOnline = this.state.online;
    const online = connection === 'open' ? this.state.online : new Set<string>();
    this.set({ ...this.state, connection, online });
  }

  /** Who was online when the connection was lost, while it is being reopened. */
  heldOnline(): ReadonlySet<string> | null {
    return this.state.connection === 'open' ? null : this.lastOnline;
  }

  /** The digest of `heldOnline`, which the reopened connection sends (presence-digest.ts). */
  heldOnlineDigest(): string | null {
    const held = this.heldOnline();
    return held ? presenceDigest(held) : null;
  }

  /**
   * `online` is left out when the list is the one this tab held when it lost the connection (the
   * server knows it by the digest the tab sent; a tab that held none sent none).
   */
  hello(memberId: string, online: string[] | undefined) {
    const now = online ? new Set(online) : (this.lastOnline ?? new Set<string>());
    this.lastOnline = null;
    this.set({ ...this.state, connection: 'open', memberId, online: now });
  }

  presence(changes: { memberId: string; online: boolean }[]) {
    const moved = changes.filter(
      ({ memberId, online }) => this.state.online.has(memberId) !== online,
    );
    if (moved.length === 0) return;
    const next = new Set(this.state.online);
    for (const { memberId, online } of moved) {
      if (online) next.add(memberId);
      else next.delete(memberId);
    }
    this.set({ ...this.state, online: next });
  }

  receive(message: Message) {
    this.updateRoom(message.roomId, (room) => {
      const messages = upsertMessages(room.messages, [message]);
      // clientIds are unique per author only: another member's message never settles ours.
      const own = message.author.id === this.state.memberId;
      const pending = own
        ? room.pending.filter((echo) => echo.clientId !== message.clientId)
        : room.pending;
      const typing = withoutKey(room.typing, message.author.id);
      if (
        messages === room.messages &&
        pending.length === room.pending.length &&
        typing === room.typing
      ) {
        return room;
      }
      return { ...room, messages, pending, typing };
    });
  }

  typing(roomId: string, memberId: string, name: string, until: number) {
    this.updateRoom(roomId, (room) => ({
      ...room,
      typing: { ...room.typing, [memberId]: { name, until } },
    }));
  }

  expireTyping(roomId: string, memberId: string, now: number) {
    this.updateRoom(roomId, (room) => {
      const until = room.typing[memberId]?.until;
      if (until === undefined || until > now) return room;
      return { ...room, typing: withoutKey(room.typing, memberId) };
    });
  }

  addPending(echo: PendingMessage) {
    this.updateRoom(echo.roomId, (room) => ({ ...room, pending: [...room.pending, echo] }));
  }

  findPending(clientId: string): PendingMessage | undefined {
    for (const room of Object.values(this.state.rooms)) {
      const echo = room.pending.find((candidate) => candidate.clientId === clientId);
      if (echo) return echo;
    }
    return undefined;
  }

  /** Every echo still waiting for the server, oldest first within each room. */
  unsent(): PendingMessage[] {
    return Object.values(this.state.rooms).flatMap((room) =>
      room.pending.filter((echo) => echo.status === 'sending'),
    );
  }

  updatePending(clientId: string, change: Partial<Pick<PendingMessage, 'status' | 'error'>>) {
    const echo = this.findPending(clientId);
    if (!echo) return;
    this.updateRoom(echo.roomId, (room) => ({
      ...room,
      pending: room.pending.map((candidate) =>
        candidate.clientId === clientId ? { ...candidate, ...change } : candidate,
      ),
    }));
  }

  removePending(clientId: string) {
    const echo = this.findPending(clientId);
    if (!echo) return;
    this.updateRoom(echo.roomId, (room) => ({
      ...room,
      pending: room.pending.filter((candidate) => candidate.clientId !== clientId),
    }));
  }

  acknowledge(roomId: string, clientId: string, messageId: string) {
    const room = this.state.rooms[roomId];
    if (room?.messages.some((message) => message.id === messageId)) this.removePending(clientId);
    else this.updatePending(clientId, { status: 'sent' });
  }

  setRoomError(roomId: string, error: string | null) {
    this.updateRoom(roomId, (room) => (room.error === error ? room : { ...room, error }));
  }

  setError(error: string | null) {
    if (this.state.error !== error) this.set({ ...this.state, error });
  }

  forgetRoom(roomId: string) {
    if (!(roomId in this.state.rooms)) return;
    const { [roomId]: _forgotten, ...rooms } = this.state.rooms;
    this.set({ ...this.state, rooms });
  }

  private updateRoom(roomId: string, change: (room: RoomState) => RoomState) {
    const room = this.state.rooms[roomId] ?? EMPTY_ROOM;
    const next = change(room);
    if (next !== room) this.set({ ...this.state, rooms: { ...this.state.rooms, [roomId]: next } });
  }

  private set(state: RealtimeState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string) {
  if (!(key in record)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}
