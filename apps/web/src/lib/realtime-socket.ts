import { CloseCode, PROTOCOL_VERSION } from '@praxis/contracts/protocol';
import type { ClientFrame, ServerFrame } from '@praxis/contracts/realtime';
import type { ConnectionState } from './realtime-store.ts';
import { textOutsideReact } from './text-outside-react.ts';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10_000;
const PING_EVERY_MS = 20_000;
/** A socket silent this long is dead even if the browser has not noticed (sleep, lost Wi-Fi). */
const SILENCE_LIMIT_MS = 45_000;

export interface SocketHandlers {
  /** Every frame, `hello` included; a tab of another version is closed before any frame. */
  frame(frame: ServerFrame): void;
  /**
   * The socket opened: frames may be sent at once. The server handles them after its `hello`,
   * in the order sent, so a reconnecting tab asks for what it missed one round trip sooner.
   */
  opened(): void;
  state(connection: ConnectionState): void;
  /** Something the person should know about the connection itself, or null when it is fine. */
  notice(message: string | null): void;
  /** Asked when the session may have ended: resolves whether someone is still signed in. */
  checkSession(): Promise<boolean>;
  /** The digest of the online list the tab still holds, if it holds one, sent on connecting. */
  onlineDigest?(): string | null;
}

/**
 * The websocket at /api/ws, kept open: after a drop it reconnects with growing, jittered
 * delays (0.5 s doubling to 10 s), at once when the network or the tab comes back. It stops
 * for good when the server says this tab is outdated or the session has ended.
 */
export class ReconnectingSocket {
  private socket: WebSocket | null = null;
  /** The socket is open: frames may be sent. */
  ready = false;
  /** The server said hello on this socket. */
  private helloed = false;
  private stopped = false;
  private outdated = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;

  constructor(private readonly handlers: SocketHandlers) {
    window.addEventListener('online', this.retryNow);
    window.addEventListener('offline', this.dropWhenOffline);
    document.addEventListener('visibilitychange', this.retryWhenVisible);
    window.addEventListener('focus', this.reportFocus);
    window.addEventListener('blur', this.reportFocus);
    document.addEventListener('visibilitychange', this.reportFocus);
    this.connect();
  }

  close() {
    this.stopped = true;
    window.removeEventListener('online', this.retryNow);
    window.removeEventListener('offline', this.dropWhenOffline);
    document.removeEventListener('visibilitychange', this.retryWhenVisible);
    window.removeEventListener('focus', this.reportFocus);
    window.removeEventListener('blur', this.reportFocus);
    document.removeEventListener('visibilitychange', this.reportFocus);
    clearTimeout(this.retryTimer);
    this.detach()?.close(1000);
  }

  /** Sends `frame` if the connection is ready; whatever must survive a drop is resent by the caller. */
  send(frame: ClientFrame): boolean {
    if (!this.ready || this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  private connect() {
    clearTimeout(this.retryTimer);
    const url = new URL(`/api/ws?v=${PROTOCOL_VERSION}`, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const digest = this.handlers.onlineDigest?.();
    if (digest) url.searchParams.set('onlineDigest', digest);
    const socket = new WebSocket(url);
    this.socket = socket;
    this.ready = false;
    socket.onopen = () => this.opened();
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => this.closed(event.code, event.reason);
  }

  private detach() {
    const socket = this.socket;
    if (!socket) return null;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    this.socket = null;
    this.ready = false;
    this.helloed = false;
    clearInterval(this.heartbeat);
    return socket;
  }

  private closed(code: number, reason = '') {
    const helloed = this.helloed;
    this.detach()?.close();
    if (this.stopped) return;
    if (code === CloseCode.outdated) return this.becomeOutdated();
    this.handlers.state('reconnecting');
    if (!helloed) this.failures += 1;
    if (code === CloseCode.tooManyConnections) {
      // Trying again only helps once other tabs are closed: say so, and try now and then.
      this.handlers.notice(reason || textOutsideReact('common.realtime.tooManyTabs'));
      this.failures = Math.max(this.failures, 6);
      return this.scheduleRetry();
    }
    // A refused upgrade looks like any dropped connection; a session that ended explains both.
    if (code === CloseCode.sessionEnded || this.failures >= 2) {
      this.handlers
        .checkSession()
        .catch(() => true)
        .then((signedIn) => {
          if (signedIn && !this.stopped) this.scheduleRetry();
        });
      return;
    }
    this.scheduleRetry();
  }

  private becomeOutdated() {
    this.outdated = true;
    this.detach()?.close(1000);
    this.handlers.state('outdated');
  }

  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    const base = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, this.failures - 1));
    this.retryTimer = setTimeout(() => this.connect(), base * (0.75 + Math.random() * 0.5));
  }

  private readonly retryNow = () => {
    if (this.stopped || this.outdated || this.socket) return;
    this.connect();
  };

  /** Without a network the socket is dead even if it has not noticed: say so at once. */
  private readonly dropWhenOffline = () => {
    if (this.socket) this.closed(CloseCode.goingAway);
  };

  private readonly retryWhenVisible = () => {
    if (document.visibilityState === 'visible') this.retryNow();
  };

  /**
   * Tells the server whether this tab has the focus: while one of the member's tabs has it,
   * nothing is pushed to their phone. A new connection starts unfocused on the server.
   */
  private readonly reportFocus = () => {
    this.send({
      type: 'focus',
      focused: document.visibilityState === 'visible' && document.hasFocus(),
    });
  };

  private opened() {
    this.ready = true;
    this.lastFrameAt = Date.now();
    this.startHeartbeat();
    this.reportFocus();
    this.handlers.opened();
  }

  private receive(data: unknown) {
    // The server speaks the same contracts (it closes a tab of another protocol version as soon
    // as it opens, before any frame, and `hello` says it again), so frames are trusted as the
    // REST answers are rather than parsed again.
    let frame: ServerFrame;
    try {
      frame = JSON.parse(String(data)) as ServerFrame;
    } catch {
      return;
    }
    this.lastFrameAt = Date.now();
    if (frame.type === 'hello') {
      if (frame.protocol !== PROTOCOL_VERSION) return this.becomeOutdated();
      this.helloed = true;
      this.failures = 0;
      this.handlers.notice(null);
    }
    this.handlers.frame(frame);
  }

  private startHeartbeat() {
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      if (Date.now() - this.lastFrameAt > SILENCE_LIMIT_MS) this.closed(CloseCode.heartbeatMissed);
      else this.send({ type: 'ping' });
    }, PING_EVERY_MS);
  }
}
