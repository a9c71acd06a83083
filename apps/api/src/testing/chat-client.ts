import { randomUUID } from 'node:crypto';
import type { Message } from '@praxis/contracts/chat';
import { messagesOfFrame } from '@praxis/contracts/message-pages';
import { PROTOCOL_VERSION, ServerFrame } from '@praxis/contracts/realtime';
import WebSocket from 'ws';

export interface ChatSocket {
  readonly socket: WebSocket;
  /** Every frame received, parsed and checked against the contracts. */
  readonly frames: ServerFrame[];
  send(frame: unknown): void;
  /** The first frame (received already or later) after index `from` that matches. */
  waitFor<T extends ServerFrame>(
    match: (frame: ServerFrame) => frame is T,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<T>;
  waitFor(
    match: (frame: ServerFrame) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<ServerFrame>;
  readonly closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/**
 * The frames a client hears in one text, checked against the contracts: a room's backlog in one
 * `messages` frame is heard as its `message` frames, as the web app hears it.
 */
function heard(text: string): ServerFrame[] {
  return heardAs(ServerFrame.parse(JSON.parse(text)));
}

/** One frame as a client hears it: a `messages` frame as its `message` frames. */
export function heardAs(frame: ServerFrame): ServerFrame[] {
  if (frame.type !== 'messages') return [frame];
  return messagesOfFrame(frame).map((message) => ({ type: 'message', message }));
}

/** A frame-level websocket client, as a browser tab would open it (cookie and Origin). */
export function openChatSocket(
  baseUrl: string,
  cookie: string,
  {
    origin = baseUrl,
    version = String(PROTOCOL_VERSION),
    onlineDigest,
  }: {
    origin?: string;
    version?: string;
    /** The digest of the online list the tab holds, as the web app sends it when it reconnects. */
    onlineDigest?: string;
  } = {},
): Promise<ChatSocket> {
  const known =
    onlineDigest === undefined ? '' : `&onlineDigest=${encodeURIComponent(onlineDigest)}`;
  const url = `${baseUrl.replace(/^http/, 'ws')}/api/ws?v=${version}${known}`;
  const socket = new WebSocket(url, { headers: { cookie, origin } });
  const frames: ServerFrame[] = [];
  const wakers = new Set<() => void>();
  socket.on('message', (data) => {
    frames.push(...heard(data.toString()));
    for (const wake of wakers) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const wake of wakers) wake();
    });
  });
  socket.on('error', () => {});

  const client: ChatSocket = {
    socket,
    frames,
    send: (frame) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    waitFor(match: (frame: ServerFrame) => boolean, { from = 0, timeoutMs = 5000 } = {}) {
      return new Promise<ServerFrame>((resolve, reject) => {
        const check = () => {
          const found = frames.slice(from).find(match);
          if (found) {
            done();
            resolve(found);
          } else if (socket.readyState === WebSocket.CLOSED) {
            done();
            reject(
              new Error(`socket closed before the awaited frame; got ${JSON.stringify(frames)}`),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no matching frame in ${timeoutMs} ms; got ${JSON.stringify(frames)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          wakers.delete(check);
        };
        wakers.add(check);
        check();
      });
    },
    closed,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_request, response) =>
      reject(new UpgradeRefused(response.statusCode ?? 0)),
    );
    socket.once('error', reject);
  });
}

export class UpgradeRefused extends Error {
  constructor(readonly statusCode: number) {
    super(`websocket upgrade refused with HTTP ${statusCode}`);
  }
}

/**
 * A client that behaves as the SPA does: it keeps what it has per room, resumes after every
 * reconnect from the last sequence and change it holds, and resends unacknowledged messages
 * with their original clientId. It also counts what a correct server never causes: a message
 * received twice, or a new message that skips a sequence number.
 */
export class ResumingChatClient {
  readonly messages = new Map<string, Message>();
  readonly pending = new Map<string, string>();
  doubles = 0;
  gaps = 0;
  private lastSeq = 0;
  private lastChange = 0;
  private current: ChatSocket | null = null;
  private wakers = new Set<() => void>();

  constructor(
    private readonly roomId: string,
    private readonly cookie: string,
    private readonly origin: string,
  ) {}

  get connected() {
    return this.current?.socket.readyState === WebSocket.OPEN;
  }

  /** Connects to `baseUrl`, resumes the room, and resends whatever is unacknowledged. */
  async connect(baseUrl: string) {
    const socket = await openChatSocket(baseUrl, this.cookie, { origin: this.origin });
    this.current = socket;
    socket.socket.on('message', (data) => {
      for (const frame of heard(data.toString())) this.receive(frame);
    });
    socket.socket.on('close', () => this.wake());
    socket.send({
      type: 'subscribe',
      roomId: this.roomId,
      afterSeq: this.lastSeq,
      afterChange: this.lastChange,
    });
    for (const [clientId, body] of this.pending) {
      socket.send({ type: 'send', roomId: this.roomId, clientId, body });
    }
  }

  /** Drops the connection without a goodbye, as a lost network does. */
  drop() {
    this.current?.socket.terminate();
    this.current = null;
  }

  send(body: string): string {
    const clientId = randomUUID();
    this.pending.set(clientId, body);
    if (this.connected) {
      this.current?.send({ type: 'send', roomId: this.roomId, clientId, body });
    }
    return clientId;
  }

  private resend(clientId: string) {
    const body = this.pending.get(clientId);
    if (body !== undefined && this.connected) {
      this.current?.send({ type: 'send', roomId: this.roomId, clientId, body });
    }
  }

  /** The messages in the order the room holds them. */
  ordered(): Message[] {
    return [...this.messages.values()].sort((a, b) => a.seq - b.seq);
  }

  async waitUntil(condition: () => boolean, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not reached in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.wakers.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.wakers.clear();
    }
  }

  private receive(frame: ServerFrame) {
    if (frame.type === 'message') {
      const { message } = frame;
      const known = this.messages.get(message.id);
      if (known && known.change >= message.change) this.doubles += 1;
      if (!known) {
        if (message.seq !== this.lastSeq + 1) this.gaps += 1;
        this.lastSeq = Math.max(this.lastSeq, message.seq);
      }
      this.lastChange = Math.max(this.lastChange, message.change);
      this.messages.set(message.id, message);
    }
    if (frame.type === 'ack') this.pending.delete(frame.clientId);
    if (
      frame.type === 'error' &&
      ['rate_limited', 'unavailable'].includes(frame.code) &&
      frame.ref
    ) {
      // As the SPA does: a send refused for going too fast, or not stored because the database
      // was out of reach, goes again a little later with the same clientId.
      const clientId = frame.ref;
      setTimeout(() => this.resend(clientId), 1000).unref();
    }
    this.wake();
  }

  private wake() {
    for (const wake of this.wakers) wake();
  }
}
