import type { Message } from '@praxis/contracts/chat';
import { TYPING_SHOWN_MS } from '@praxis/contracts/chat-limits';
import { messagesOfFrame } from '@praxis/contracts/message-pages';
import type { ClientFrame, ErrorCode, ServerFrame } from '@praxis/contracts/realtime';
import type { Locale } from '@praxis/i18n/locales';
import { newClientId } from './client-id.ts';
import { ReconnectingSocket } from './realtime-socket.ts';
import { type PendingMessage, RealtimeStore } from './realtime-store.ts';
import { TopicFollows } from './realtime-topics.ts';

/** Others see "typing" for TYPING_SHOWN_MS after each frame; this keeps it lit, no more. */
const TYPING_EVERY_MS = 2500;
const READ_AFTER_MS = 400;
/** A send the server could not store for now ("unavailable") goes again after this long. */
const RESEND_AFTER_MS = 3000;

/** How far this tab holds a room: every message up to `seq`, every edit up to `change`. */
export interface RoomPosition {
  seq: number;
  change: number;
}

export interface RealtimeOptions {
  /** Asked when the session may have ended: resolves whether someone is still signed in. */
  checkSession(): Promise<boolean>;
}

/**
 * What the tab does over its websocket. It follows rooms from a known position, and after each
 * reconnection asks every room for exactly what it missed; unacknowledged sends go again with
 * the same clientId, which the server stores once.
 */
export class RealtimeClient {
  readonly store = new RealtimeStore();
  private socket: ReconnectingSocket | null = null;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly positions = new Map<string, RoomPosition>();
  /**
   * Rooms whose catch-up finished on this socket. Catch-up frames may come in any order, so
   * only `subscribed` moves a position until then; live frames come in commit order.
   */
  private readonly live = new Set<string>();
  private readonly readSent = new Map<string, number>();
  private readonly readWanted = new Map<string, number>();
  private readonly typingSentAt = new Map<string, number>();
  private readonly listeners = new Set<(frame: ServerFrame) => void>();
  /** Pages followed live (a thread, a meetup, the thread lists). */
  readonly topics = new TopicFollows(
    (frame) => this.transmit(frame),
    () => this.ready,
  );

  start(options: RealtimeOptions) {
    if (this.socket) return;
    this.store.reset();
    this.socket = new ReconnectingSocket({
      frame: (frame) => this.receive(frame),
      opened: () => this.resume(),
      state: (connection) => {
        if (connection !== 'open') this.live.clear();
        this.store.setConnection(connection);
      },
      notice: (message) => this.store.setError(message),
      checkSession: options.checkSession,
      onlineDigest: () => this.store.heldOnlineDigest(),
    });
  }

  stop() {
    if (!this.socket) return;
    this.socket.close();
    this.socket = null;
    clearTimeout(this.readTimer);
    this.positions.clear();
    this.live.clear();
    this.readSent.clear();
    this.readWanted.clear();
    this.typingSentAt.clear();
    this.store.reset();
  }

  onFrame(listener: (frame: ServerFrame) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Follow exactly these rooms; a room new to the tab is followed from `from`. */
  followRooms(rooms: { roomId: string; from: RoomPosition }[]) {
    const wanted = new Set(rooms.map((room) => room.roomId));
    for (const roomId of [...this.positions.keys()]) {
      if (wanted.has(roomId)) continue;
      this.positions.delete(roomId);
      this.live.delete(roomId);
      this.store.forgetRoom(roomId);
      if (this.ready) this.transmit({ type: 'unsubscribe', roomId });
    }
    for (const { roomId, from } of rooms) {
      if (this.positions.has(roomId)) continue;
      this.positions.set(roomId, from);
      if (this.ready) this.subscribe(roomId);
    }
  }

  /** Shows the message at once and sends it now or as soon as the socket is back. */
  send(roomId: string, body: string, language?: Locale, attachmentIds: readonly string[] = []) {
    const echo: PendingMessage = {
      clientId: newClientId(),
      roomId,
      body,
      language,
      attachmentIds,
      createdAt: new Date().toISOString(),
      status: 'sending',
      error: null,
    };
    this.store.addPending(echo);
    this.typingSentAt.delete(roomId);
    this.store.setError(null);
    if (this.ready) this.transmitSend(echo);
    return echo.clientId;
  }

  /** The send frame of a message this tab holds, first sent or sent again. */
  private transmitSend({ roomId, clientId, body, language, attachmentIds }: PendingMessage) {
    this.transmit({
      type: 'send',
      roomId,
      clientId,
      body,
      language,
      ...(attachmentIds?.length ? { attachmentIds: [...attachmentIds] } : {}),
    });
  }

  retry(clientId: string) {
    const echo = this.store.findPending(clientId);
    if (!echo) return;
    this.store.updatePending(clientId, { status: 'sending', error: null });
    if (this.ready) this.transmitSend(echo);
  }

  discard(clientId: string) {
    this.store.removePending(clientId);
  }

  typing(roomId: string) {
    if (!this.ready) return;
    const now = Date.now();
    if (now - (this.typingSentAt.get(roomId) ?? 0) < TYPING_EVERY_MS) return;
    this.typingSentAt.set(roomId, now);
    this.transmit({ type: 'typing', roomId });
  }

  /** The member has seen `roomId` up to `seq`; told to the server once things settle. */
  markRead(roomId: string, seq: number) {
    if (seq <= (this.readSent.get(roomId) ?? 0)) return;
    if (seq <= (this.readWanted.get(roomId) ?? 0)) return;
    this.readWanted.set(roomId, seq);
    clearTimeout(this.readTimer);
    this.readTimer = setTimeout(() => this.flushReads(), READ_AFTER_MS);
  }

  /** A message this tab learnt over HTTP (an edit it made, say): shown without waiting. */
  apply(message: Message) {
    this.store.receive(message);
  }

  private receive(frame: ServerFrame) {
    if (frame.type === 'messages') {
      // A room's backlog in one frame: heard as its messages, one by one.
      for (const message of messagesOfFrame(frame)) this.receive({ type: 'message', message });
      return;
    }
    this.handle(frame);
    for (const listener of this.listeners) listener(frame);
  }

  private handle(frame: ServerFrame) {
    const store = this.store;
    switch (frame.type) {
      case 'hello':
        store.hello(frame.memberId, frame.online);
        return;
      case 'subscribed':
        this.live.add(frame.roomId);
        this.advance(frame.roomId, frame.lastSeq, frame.lastChange);
        store.setRoomError(frame.roomId, null);
        return;
      case 'message':
        if (this.live.has(frame.message.roomId)) {
          this.advance(frame.message.roomId, frame.message.seq, frame.message.change);
        }
        store.receive(frame.message);
        return;
      case 'ack':
        store.acknowledge(frame.roomId, frame.clientId, frame.messageId);
        return;
      case 'typing':
        if (frame.memberId === store.get().memberId) return;
        store.typing(frame.roomId, frame.memberId, frame.name, Date.now() + TYPING_SHOWN_MS);
        setTimeout(
          () => store.expireTyping(frame.roomId, frame.memberId, Date.now()),
          TYPING_SHOWN_MS + 50,
        );
        return;
      case 'presence':
        store.presence(frame.changes);
        return;
      case 'read':
        if (
          frame.memberId === store.get().memberId &&
          frame.seq > (this.readSent.get(frame.roomId) ?? 0)
        ) {
          this.readSent.set(frame.roomId, frame.seq);
        }
        return;
      case 'error':
        this.refused(frame.code, frame.message, frame.ref);
        return;
      default:
        return;
    }
  }

  private refused(code: ErrorCode, message: string, ref: string | undefined) {
    const echo = ref ? this.store.findPending(ref) : undefined;
    if (echo && code === 'unavailable') {
      // The server could not store it this time and expects it again, with the same clientId.
      setTimeout(() => {
        const still = this.store.findPending(echo.clientId);
        if (still?.status === 'sending') this.transmitSend(still);
      }, RESEND_AFTER_MS);
    } else if (echo) {
      this.store.updatePending(echo.clientId, { status: 'failed', error: message });
    } else if (ref && this.topics.has(ref) && code === 'forbidden') {
      // A page that cannot be followed shows why when it reads itself over HTTP.
    } else if (ref && this.positions.has(ref)) {
      this.store.setRoomError(ref, message);
    } else {
      this.store.setError(message);
    }
  }

  /**
   * Once the socket is open (its `hello` comes first all the same): each followed room from where
   * this tab stands, then what is still unsent.
   */
  private resume() {
    for (const roomId of this.positions.keys()) this.subscribe(roomId);
    this.topics.resume();
    for (const echo of this.store.unsent()) this.transmitSend(echo);
    this.flushReads();
  }

  private subscribe(roomId: string) {
    const position = this.positions.get(roomId);
    if (!position) return;
    this.transmit({
      type: 'subscribe',
      roomId,
      afterSeq: position.seq,
      afterChange: position.change,
    });
  }

  private advance(roomId: string, seq: number, change: number) {
    const position = this.positions.get(roomId);
    if (!position) return;
    if (seq > position.seq || change > position.change) {
      this.positions.set(roomId, {
        seq: Math.max(seq, position.seq),
        change: Math.max(change, position.change),
      });
    }
  }

  private flushReads() {
    if (!this.ready) return;
    for (const [roomId, seq] of this.readWanted) {
      if (seq > (this.readSent.get(roomId) ?? 0)) {
        this.transmit({ type: 'read', roomId, seq });
        this.readSent.set(roomId, seq);
      }
    }
    this.readWanted.clear();
  }

  private get ready() {
    return this.socket?.ready ?? false;
  }

  private transmit(frame: ClientFrame) {
    this.socket?.send(frame);
  }
}
