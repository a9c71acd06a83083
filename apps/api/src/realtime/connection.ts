import type { AccountMember } from '@praxis/contracts/members';
import { CloseCode, type ErrorCode, type ServerFrame } from '@praxis/contracts/realtime';
import type { Locale } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { formatMsg } from '@praxis/i18n/translate';
import type { z } from 'zod';
import { AppError } from '../app-error.ts';
import { parseWithMessages } from '../lib/zod-messages.ts';
import type { SharedFrame } from './shared-frame.ts';

/** What the protocol needs of a socket, so that tests can drive it without a network. */
export interface FrameSocket {
  send(text: string): void;
  /** Sends a text frame already encoded as UTF-8 (shared by many sockets). */
  sendBytes?(bytes: Buffer): void;
  close(code: number, reason: string): void;
  /** Bytes queued for the client and not yet written out. */
  readonly bufferedAmount: number;
  ping?(): void;
  terminate?(): void;
  /** Holds writes back until `uncork`, so that many frames leave in one write. */
  cork?(): void;
  uncork?(): void;
}

/** Frames written in one turn leave together, in writes of about this many characters. */
const GATHERED_CHARS = 64 * 1024;

/**
 * How one kind of client frame is handled. `admit` runs as the frame arrives and may refuse it
 * at once (a rate limit); `handle` runs after every frame received before it was handled.
 */
export interface FrameHandler<Frame extends { type: string }> {
  schema: z.ZodType<Frame>;
  /** What the frame takes from the member's budget: reading a backlog costs more. */
  cost: number;
  admit?(connection: Connection, frame: Frame): { code: ErrorCode; message: string } | null;
  handle(connection: Connection, frame: Frame): Promise<void> | void;
  /** Handled as it arrives, ahead of the queue, however busy the socket is (a ping). */
  immediate?: boolean;
  /** What the client is told (a `msg`) when handling failed for a reason of the server's. */
  unavailable?: string;
}

/** What a connection asks of its instance. */
export interface ConnectionHost {
  frameHandler(type: string): FrameHandler<{ type: string }> | undefined;
  frameTypes(): string[];
  /** Takes `cost` from the member's frame budget, shared by all their sockets; false: spent. */
  spend(memberId: string, cost: number): boolean;
  onFailure(error: unknown): void;
  /** The language a member's error frames are written in. */
  locale(member: AccountMember): Locale;
}

export const LIMITS = {
  /** A client that lets this much pile up unread is dropped; it resumes when it reconnects. */
  bufferedBytes: 1024 * 1024,
  /** Frames received and not yet handled; a client past it is flooding. */
  queuedFrames: 100,
  /** Topics and rooms one socket follows. */
  follows: 500,
  /** Open sockets per member on one instance: tabs, not a flood. */
  connectionsPerMember: 30,
  /** A member's frames, across all their sockets on an instance: a burst, then a steady rate. */
  frameBurst: 300,
  framesPerSecond: 20,
} as const;

/**
 * One member's websocket: validates every frame against the handler registered for its type,
 * refuses what it must with an `error` frame while staying usable, and handles frames one after
 * the other, so that a client's writes happen in the order it sent them.
 */
export class Connection {
  /** Topics this socket follows, chat rooms (`room:<id>`) included. */
  readonly topics = new Set<string>();
  closed = false;
  /** The tab says it has the focus; a socket that closes has it no more. */
  focused = false;
  /** Cleared by the heartbeat, set by any sign of life. */
  alive = true;
  /** Topics joined whose access is still being checked; made only when needed. */
  private pending: Set<string> | null = null;
  private work: Promise<void> = Promise.resolve();
  private queued = 0;
  /** Characters held back by the socket's cork in this turn; -1 while it is not corked. */
  private gathered = -1;

  constructor(
    /** As the session's member was when last checked: a role may change while connected. */
    public member: AccountMember,
    readonly sessionToken: string,
    private readonly socket: FrameSocket,
    private readonly host: ConnectionHost,
  ) {}

  receive(raw: string) {
    this.alive = true;
    if (this.closed) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.error('malformed', msg('errors.realtime.notJson'));
      return;
    }
    const fields =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    // Only short strings are echoed back: the frame is the client's, not to be trusted.
    const echo = (value: unknown) =>
      typeof value === 'string' && value.length <= 80 ? value : undefined;
    const ref = echo(fields.clientId) ?? echo(fields.roomId) ?? echo(fields.topic);
    const handler = typeof fields.type === 'string' ? this.host.frameHandler(fields.type) : null;
    if (!handler) {
      this.error(
        'malformed',
        msg('errors.realtime.unknownFrame', {
          named: typeof fields.type === 'string' ? 'yes' : 'no',
          type: typeof fields.type === 'string' ? fields.type.slice(0, 40) : '',
          types: this.host.frameTypes().join(', '),
        }),
        ref,
      );
      return;
    }
    const parsed = parseWithMessages(handler.schema, json);
    if (!parsed.success) {
      this.error(
        'invalid',
        parsed.error.issues[0]?.message ?? msg('errors.realtime.invalidFrame'),
        ref,
      );
      return;
    }
    const frame = parsed.data;
    if (!this.host.spend(this.member.id, handler.cost)) {
      this.error('rate_limited', msg('errors.realtime.tooManyFrames'), ref);
      return;
    }
    if (handler.immediate) {
      void handler.handle(this, frame);
      return;
    }
    const refused = handler.admit?.(this, frame);
    if (refused) {
      this.error(refused.code, refused.message, ref);
      return;
    }
    if (this.queued >= LIMITS.queuedFrames) {
      this.error('rate_limited', msg('errors.realtime.tooManyQueued'));
      return;
    }
    this.enqueue(() => this.handle(handler, frame, ref));
  }

  hold(topic: string) {
    this.pending ??= new Set();
    this.pending.add(topic);
  }

  release(topic: string) {
    this.pending?.delete(topic);
    if (this.pending?.size === 0) this.pending = null;
  }

  /** Whether the topic's access is still being checked for this socket. */
  holds(topic: string): boolean {
    return this.pending?.has(topic) ?? false;
  }

  write(frame: ServerFrame) {
    this.writeText(JSON.stringify(frame));
  }

  /** Sends a frame serialised once for many sockets. */
  writeText(frame: string | SharedFrame) {
    if (this.closed) return;
    if (this.socket.bufferedAmount > LIMITS.bufferedBytes) {
      this.close(CloseCode.tooSlow, 'Too far behind; reconnect to resume.');
      return;
    }
    const text = typeof frame === 'string' ? frame : frame.text;
    this.gather(text.length);
    if (typeof frame !== 'string' && this.socket.sendBytes) this.socket.sendBytes(frame.bytes);
    else this.socket.send(text);
  }

  /**
   * The frames of one turn (a page of missed messages, a burst of live ones) go out in one
   * write instead of one system call each, a new write every GATHERED_CHARS: a thousand tabs
   * catching up at once were mostly the server's writes.
   */
  private gather(chars: number) {
    const { socket } = this;
    if (!socket.cork || !socket.uncork) return;
    if (this.gathered < 0) {
      socket.cork();
      this.gathered = 0;
      process.nextTick(() => {
        this.gathered = -1;
        socket.uncork?.();
      });
    } else if (this.gathered > GATHERED_CHARS) {
      socket.uncork();
      socket.cork();
      this.gathered = 0;
    }
    this.gathered += chars;
  }

  /** Tells the client of a refusal; `message` may be a `msg`, written in the member's language. */
  error(code: ErrorCode, message: string, ref?: string) {
    const text = formatMsg(this.host.locale(this.member), message);
    this.write(
      ref === undefined
        ? { type: 'error', code, message: text }
        : { type: 'error', code, message: text, ref },
    );
  }

  close(code: number, reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  /** The heartbeat: a socket that gave no sign of life since the last one is dropped. */
  beat() {
    if (this.closed) return;
    if (!this.alive) {
      this.closed = true;
      (this.socket.terminate ?? (() => this.socket.close(CloseCode.heartbeatMissed, '')))();
      return;
    }
    this.alive = false;
    this.socket.ping?.();
  }

  /** Runs `task` after every frame received so far has been handled. */
  enqueue(task: () => Promise<void> | void) {
    this.queued += 1;
    this.work = this.work
      .then(() => (this.closed ? undefined : task()))
      .catch((error: unknown) => this.host.onFailure(error))
      .finally(() => {
        this.queued -= 1;
      });
  }

  /** Resolves when every frame and task queued so far has run: for tests. */
  settled(): Promise<void> {
    return this.work;
  }

  private async handle(
    handler: FrameHandler<{ type: string }>,
    frame: { type: string },
    ref: string | undefined,
  ) {
    try {
      await handler.handle(this, frame);
    } catch (error) {
      if (error instanceof AppError) {
        this.error(
          error.code === 'forbidden' || error.code === 'not_found'
            ? 'forbidden'
            : error.code === 'rate_limited'
              ? 'rate_limited'
              : 'invalid',
          error.message,
          ref,
        );
        return;
      }
      this.host.onFailure(error);
      this.error('unavailable', handler.unavailable ?? msg('errors.realtime.unavailable'), ref);
    }
  }
}
