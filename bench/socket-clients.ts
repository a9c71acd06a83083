import { type MessagesFrame, messagesOfFrame } from '@praxis/contracts/message-pages';
import { PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import WebSocket from 'ws';
import type { RealtimeServerReady } from './realtime-server.ts';

// The clients of the real-time benchmarks, all in the benchmark's own process. Praxis's test
// client checks every frame against the contracts and keeps them all; a thousand of those would
// measure the client. These only `JSON.parse` what they receive, for Praxis and the baseline
// alike, and remember which frame types they have seen.

export interface Frame {
  type: string;
  [field: string]: unknown;
}

export type FrameListener = (frame: Frame, at: number, bytes: number) => void;

/** When any socket last received a frame: how `settle` knows the servers are done. */
let lastFrameAt = performance.now();

/** A websocket whose frames go to `listener`, whatever it is at the time. */
export class ClientSocket {
  listener: FrameListener | null = null;
  private readonly seen = new Set<string>();
  private readonly wakers = new Set<() => void>();

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      lastFrameAt = at;
      const frame = JSON.parse(data.toString()) as Frame;
      this.seen.add(frame.type);
      this.listener?.(frame, at, data.length);
      // A room's backlog comes as one `messages` frame, which a tab takes as its messages.
      if (frame.type === 'messages') {
        for (const message of messagesOfFrame(frame as unknown as MessagesFrame)) {
          this.listener?.({ type: 'message', message }, at, 0);
        }
      }
      for (const wake of this.wakers) wake();
    });
    socket.on('error', () => {});
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
): Promise<ClientSocket> {
  const socket = new WebSocket(url, { headers, localAddress: clientAddress(index) });
  const client = new ClientSocket(socket);
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

/**
 * A signed-in tab's socket past its `hello`, and its `subscribed` if it follows the room: from
 * where it stands if given a position, else as a tab that opens the room. `onlineDigest` is the
 * digest of the online list the tab still holds, sent as the web app sends it.
 */
export async function openPraxisSocket(
  server: RealtimeServerReady,
  member: number,
  subscribe: boolean | RoomPosition,
  listener: FrameListener | null = null,
  onlineDigest: string | null = null,
): Promise<ClientSocket> {
  const known = onlineDigest ? `&onlineDigest=${encodeURIComponent(onlineDigest)}` : '';
  const url = `${server.baseUrl.replace(/^http/, 'ws')}/api/ws?v=${PROTOCOL_VERSION}${known}`;
  const cookie = server.members[member]?.cookie;
  if (!cookie) throw new Error(`no member ${member}`);
  const socket = await openSocket(url, member, { cookie, origin: server.origin }, listener);
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
