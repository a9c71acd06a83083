import { randomUUID } from 'node:crypto';
import { SEND_LIMIT } from '@praxis/contracts/chat-limits';
import { type MessagesFrame, messagesOfFrame } from '@praxis/contracts/message-pages';
import { PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import WebSocket from 'ws';
import type { RealtimeServerReady } from './realtime-server.ts';

// The clients of the real-time benchmarks, all in the benchmark's own process. Praxis's test
// client checks every frame against the contracts and keeps them all; a thousand of those would
// measure the client. These only `JSON.parse` what they receive, for Praxis and the baseline
// alike, and remember which frame types they have seen (or hold the bytes to parse later).

export interface Frame {
  type: string;
  [field: string]: unknown;
}

export type FrameListener = (frame: Frame, at: number, bytes: number) => void;

/** When any socket last received a frame: how `settle` knows the servers are done. */
let lastFrameAt = performance.now();

/** A frame's type read off its first bytes (every server frame begins with it), not parsed. */
function frameType(data: Buffer): string {
  const head = /^\{"type":"([^"]+)"/.exec(data.toString('latin1', 0, 48));
  return head?.[1] ?? (JSON.parse(data.toString()) as Frame).type;
}

/** A websocket whose frames go to `listener`, whatever it is at the time. */
export class ClientSocket {
  listener: FrameListener | null = null;
  private readonly seen = new Set<string>();
  private readonly wakers = new Set<() => void>();

  /** Frames received while held, with when each came: parsed by `takeHeld`. */
  private held: { data: Buffer; at: number }[] | null;

  constructor(
    readonly socket: WebSocket,
    holdFrames = false,
  ) {
    this.held = holdFrames ? [] : null;
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      lastFrameAt = at;
      if (this.held) {
        this.held.push({ data, at });
        this.seen.add(frameType(data));
      } else {
        this.take(data, at);
      }
      for (const wake of this.wakers) wake();
    });
    socket.on('error', () => {});
  }

  private take(data: Buffer, at: number) {
    const frame = JSON.parse(data.toString()) as Frame;
    this.seen.add(frame.type);
    this.listener?.(frame, at, data.length);
    // A room's backlog comes as one `messages` frame, which a tab takes as its messages.
    if (frame.type === 'messages') {
      for (const message of messagesOfFrame(frame as unknown as MessagesFrame)) {
        this.listener?.({ type: 'message', message }, at, 0);
      }
    }
  }

  /** Parses the frames held so far, in order, as if each had come at its time; holds no more. */
  takeHeld() {
    const held = this.held ?? [];
    this.held = null;
    for (const { data, at } of held) this.take(data, at);
  }

  send(frame: unknown) {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves once a frame of `type` has arrived, before or after the call. */
  waitFor(type: string, timeoutMs = 60_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!this.seen.has(type)) return;
        clearTimeout(timer);
        this.wakers.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.wakers.delete(check);
        reject(new Error(`no ${type} frame in ${timeoutMs} ms`));
      }, timeoutMs);
      this.wakers.add(check);
      check();
    });
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/**
 * Client `index` connects from a loopback address of its own (127.1.0.0 onwards): the API limits
 * requests per address, and a thousand members are a thousand addresses.
 */
export function clientAddress(index: number) {
  return `127.${1 + (index >> 16)}.${(index >> 8) & 255}.${index & 255}`;
}

/** `listener` hears every frame from the first on. */
export function openSocket(
  url: string,
  index: number,
  headers: Record<string, string> = {},
  listener: FrameListener | null = null,
  holdFrames = false,
): Promise<ClientSocket> {
  const socket = new WebSocket(url, { headers, localAddress: clientAddress(index) });
  const client = new ClientSocket(socket, holdFrames);
  client.listener = listener;
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`${url}: upgrade refused with HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** Where a tab stands in a room: what it asks for when it subscribes again, as the web app does. */
export interface RoomPosition {
  afterSeq: number;
  afterChange: number;
}

/** How a tab opens its socket, beyond what every tab does. */
export interface TabOptions {
  /** Hears every frame from the first on. */
  listener?: FrameListener | null;
  /** The digest of the online list the tab still holds, sent as the web app sends it. */
  onlineDigest?: string | null;
  /** The frames are kept as bytes until `takeHeld`: see the reconnect storm. */
  holdFrames?: boolean;
}

/**
 * A signed-in tab's socket past its `hello`, and its `subscribed` if it follows the room: from
 * where it stands if given a position, else as a tab that opens the room.
 */
export async function openPraxisSocket(
  server: RealtimeServerReady,
  member: number,
  subscribe: boolean | RoomPosition,
  { listener = null, onlineDigest = null, holdFrames = false }: TabOptions = {},
): Promise<ClientSocket> {
  const known = onlineDigest ? `&onlineDigest=${encodeURIComponent(onlineDigest)}` : '';
  const url = `${server.baseUrl.replace(/^http/, 'ws')}/api/ws?v=${PROTOCOL_VERSION}${known}`;
  const cookie = server.members[member]?.cookie;
  if (!cookie) throw new Error(`no member ${member}`);
  const headers = { cookie, origin: server.origin };
  const socket = await openSocket(url, member, headers, listener, holdFrames);
  // As the web app does, the tab asks for its room as soon as the socket opens: the server
  // handles it after its hello. At the large network's size, a tab's hello and backlog may wait
  // behind thousands of others.
  if (subscribe) {
    const position = subscribe === true ? {} : subscribe;
    socket.send({ type: 'subscribe', roomId: server.roomId, ...position });
  }
  await socket.waitFor('hello', 600_000);
  if (subscribe) await socket.waitFor('subscribed', 600_000);
  return socket;
}

/** Opens `count` sockets `batch` at a time, each batch once the previous one is ready. */
export async function openMany(
  count: number,
  open: (index: number) => Promise<ClientSocket>,
  batch = 50,
): Promise<ClientSocket[]> {
  const sockets: ClientSocket[] = [];
  for (let first = 0; first < count; first += batch) {
    const opening = [];
    for (let index = first; index < Math.min(count, first + batch); index += 1)
      opening.push(open(index));
    sockets.push(...(await Promise.all(opening)));
  }
  return sockets;
}

/**
 * Resolves once no socket has received a frame for `quietMs`: a member who connects is announced
 * to everyone online, so a thousand connections go on sending for a while after they opened.
 */
export async function settle(quietMs: number, timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() - lastFrameAt < quietMs) {
    if (performance.now() > deadline) throw new Error(`no quiet ${quietMs} ms in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How long a sender refused by chat's rate limit waits before it sends again. */
const RESEND_MS = SEND_LIMIT.windowMs / 10;

/** Sends one message and resolves with 'ack' once it is stored, or with the error's code. */
export function sendOnce(socket: ClientSocket, roomId: string, body: string): Promise<string> {
  const clientId = randomUUID();
  return new Promise((resolve) => {
    socket.listener = (frame) => {
      if (frame.type === 'ack' && frame.clientId === clientId) resolve('ack');
      else if (frame.type === 'error') resolve(String(frame.code));
    };
    socket.send({ type: 'send', roomId, clientId, body });
  });
}

/**
 * Sends `count` messages into the room, shared among `senders`, and resolves once each is
 * acknowledged (stored). A sender past chat's rate limit (rounds may come quicker than its
 * window) is told so and sends again a little later.
 */
export async function sendAcknowledged(
  senders: ClientSocket[],
  roomId: string,
  count: number,
  text: string,
) {
  await Promise.all(
    senders.map(async (sender, index) => {
      const share = Math.floor(count / senders.length) + (index < count % senders.length ? 1 : 0);
      for (let sent = 0; sent < share; sent += 1) {
        for (let tries = 1; ; tries += 1) {
          const answer = await sendOnce(sender, roomId, `${text} ${sent}`);
          if (answer === 'ack') break;
          if (answer !== 'rate_limited') throw new Error(`a send was refused: ${answer}`);
          if (tries * RESEND_MS > 3 * SEND_LIMIT.windowMs)
            throw new Error('a sender stays refused');
          await new Promise((resolve) => setTimeout(resolve, RESEND_MS));
        }
      }
    }),
  );
}
