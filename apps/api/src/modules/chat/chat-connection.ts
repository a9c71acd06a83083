import {
  ClientFrame,
  CloseCode,
  type ErrorCode,
  HISTORY_PAGE,
  SEND_LIMIT,
  type ServerFrame,
} from '@praxis/contracts/chat';
import type { AccountMember } from '@praxis/contracts/members';
import type { Author } from '@praxis/contracts/threads';
import { AppError } from '../../app-error.ts';
import type { ChatService } from './chat.service.ts';

/** What the protocol needs of a socket, so that tests can drive it without a network. */
export interface FrameSocket {
  send(text: string): void;
  close(code: number, reason: string): void;
  /** Bytes queued for the client and not yet written out. */
  readonly bufferedAmount: number;
}

/** What a connection asks of its instance: room membership for fan-out, and the bus. */
export interface ConnectionHost {
  join(connection: ChatConnection, roomId: string): void;
  leave(connection: ChatConnection, roomId: string): void;
  /** Takes `cost` from the member's frame budget, shared by all their sockets; false: spent. */
  spend(memberId: string, cost: number): boolean;
  announceTyping(roomId: string, typist: Author): Promise<void>;
}

export const LIMITS = {
  /** A client that lets this much pile up unread is dropped; it resumes when it reconnects. */
  bufferedBytes: 1024 * 1024,
  /** Frames received and not yet handled; a client past it is flooding. */
  queuedFrames: 100,
  subscriptions: 500,
  /** Open sockets per member on one instance: tabs, not a flood. */
  connectionsPerMember: 30,
  /** Live events held for a room while its backlog is read; past it, the backlog is reread. */
  heldEvents: 1000,
  catchUpPage: 200,
  typingEveryMs: 2000,
  /** A member's frames, across all their sockets on an instance: a burst, then a steady rate. */
  frameBurst: 300,
  framesPerSecond: 20,
} as const;

/** What each frame takes from the member's budget: a subscription may read a whole backlog. */
const FRAME_COST: Record<ClientFrame['type'], number> = {
  subscribe: 2,
  unsubscribe: 1,
  send: 1,
  typing: 1,
  read: 1,
  ping: 1,
};

interface Subscription {
  /** The room's change number up to which this client has everything. */
  cursor: number;
  /** While the backlog is read, live events wait here so the seam has no gap or double. */
  held: { change: number; text: string }[] | null;
}

/**
 * One member's websocket: validates every frame, keeps the rooms it follows in step from the
 * database to live events without gap or double, and refuses what it must with an `error`
 * frame while staying usable. Frames are handled one after the other, so a client's sends are
 * stored in the order it sent them.
 */
export class ChatConnection {
  readonly subscriptions = new Map<string, Subscription>();
  private work: Promise<void> = Promise.resolve();
  private queued = 0;
  private sentAt: number[] = [];
  closed = false;

  constructor(
    readonly member: AccountMember,
    readonly sessionToken: string,
    private readonly author: Promise<Author>,
    private readonly socket: FrameSocket,
    private readonly chat: ChatService,
    private readonly host: ConnectionHost,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  receive(raw: string) {
    if (this.closed) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.error('malformed', 'Frames are JSON objects with a "type"; this one is not JSON.');
      return;
    }
    const parsed = ClientFrame.safeParse(json);
    if (!parsed.success) {
      this.refuseFrame(json, parsed.error.issues[0]?.message);
      return;
    }
    const frame = parsed.data;
    if (!this.host.spend(this.member.id, FRAME_COST[frame.type])) {
      const ref =
        'clientId' in frame ? frame.clientId : 'roomId' in frame ? frame.roomId : undefined;
      this.error(
        'rate_limited',
        'Too many frames from your tabs; this one was dropped. Slow down.',
        ref,
      );
      return;
    }
    if (frame.type === 'ping') {
      this.write({ type: 'pong' });
      return;
    }
    if (frame.type === 'send' && !this.withinSendLimit()) {
      this.error(
        'rate_limited',
        `You are sending too fast: at most ${SEND_LIMIT.messages} messages in ${SEND_LIMIT.windowMs / 1000} seconds. This one was not sent.`,
        frame.clientId,
      );
      return;
    }
    if (this.queued >= LIMITS.queuedFrames) {
      this.error('rate_limited', 'Too many frames at once; this one was dropped. Slow down.');
      return;
    }
    this.enqueue(() => this.handle(frame));
  }

  /** Called by the instance with a serialised event for a room this connection follows. */
  deliver(roomId: string, change: number, text: string) {
    const subscription = this.subscriptions.get(roomId);
    if (!subscription || this.closed) return;
    if (subscription.held) {
      if (subscription.held.length < LIMITS.heldEvents) subscription.held.push({ change, text });
      return;
    }
    if (change <= subscription.cursor) return;
    if (change > subscription.cursor + 1) {
      // Something in between never reached this instance: read it from the database.
      subscription.held = [{ change, text }];
      this.enqueue(() => this.catchUp(roomId));
      return;
    }
    subscription.cursor = change;
    this.writeText(text);
  }

  /** Events may have been missed (in one room, or all): read them back from the database. */
  resync(onlyRoomId?: string) {
    for (const [roomId, subscription] of this.subscriptions) {
      if (subscription.held || (onlyRoomId !== undefined && roomId !== onlyRoomId)) continue;
      subscription.held = [];
      this.enqueue(() => this.catchUp(roomId));
    }
  }

  /** The member left a room it follows (a cohort or meetup they are no longer in). */
  expel(roomId: string) {
    if (!this.subscriptions.delete(roomId)) return;
    this.host.leave(this, roomId);
    this.error('forbidden', 'You are no longer in this room.', roomId);
  }

  write(frame: ServerFrame) {
    this.writeText(JSON.stringify(frame));
  }

  writeText(text: string) {
    if (this.closed) return;
    if (this.socket.bufferedAmount > LIMITS.bufferedBytes) {
      this.close(CloseCode.tooSlow, 'Too far behind; reconnect to resume.');
      return;
    }
    this.socket.send(text);
  }

  close(code: number, reason: string) {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  /** Runs `task` after every frame received so far has been handled. */
  enqueue(task: () => Promise<void>) {
    this.queued += 1;
    this.work = this.work
      .then(() => (this.closed ? undefined : task()))
      .catch((error: unknown) => this.onFailure(error))
      .finally(() => {
        this.queued -= 1;
      });
  }

  private async handle(frame: Exclude<ClientFrame, { type: 'ping' }>) {
    try {
      switch (frame.type) {
        case 'subscribe':
          return await this.subscribe(frame.roomId, frame.afterSeq, frame.afterChange);
        case 'unsubscribe':
          if (this.subscriptions.delete(frame.roomId)) this.host.leave(this, frame.roomId);
          return;
        case 'send': {
          const message = await this.chat.send(await this.author, frame);
          this.write({
            type: 'ack',
            clientId: frame.clientId,
            messageId: message.id,
            roomId: message.roomId,
            seq: message.seq,
          });
          return;
        }
        case 'typing':
          return await this.typing(frame.roomId);
        case 'read':
          await this.chat.markRead(this.member.id, frame.roomId, frame.seq);
          return;
      }
    } catch (error) {
      const ref = 'clientId' in frame ? frame.clientId : frame.roomId;
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
      this.onFailure(error);
      this.error(
        'unavailable',
        frame.type === 'send'
          ? 'Your message could not be stored just now; it will be sent again.'
          : 'Praxis could not do this just now; try again in a moment.',
        ref,
      );
    }
  }

  private async subscribe(roomId: string, afterSeq?: number, afterChange?: number) {
    if (!this.subscriptions.has(roomId) && this.subscriptions.size >= LIMITS.subscriptions) {
      this.error('invalid', `Follow at most ${LIMITS.subscriptions} rooms at once.`, roomId);
      return;
    }
    // Join before reading the backlog: whatever commits from now on is either in what is read
    // or arrives live and waits in `held` until the backlog is out. Access is checked after
    // joining, so that leaving the room meanwhile is not missed by the checks that expel.
    this.subscriptions.set(roomId, { cursor: 0, held: [] });
    this.host.join(this, roomId);
    if (!(await this.chat.isInRoom(this.member.id, roomId))) {
      this.subscriptions.delete(roomId);
      this.host.leave(this, roomId);
      throw new AppError('forbidden', 'This room does not exist, or you are not in it.');
    }
    const counters = await this.chat.roomCounters(roomId);
    if (!counters) return;
    const since = {
      afterSeq: afterSeq ?? Math.max(0, counters.lastSeq - HISTORY_PAGE),
      afterChange:
        afterSeq === undefined ? counters.lastChange : (afterChange ?? counters.lastChange),
    };
    await this.sendBacklog(roomId, since, counters.lastChange);
    this.write({
      type: 'subscribed',
      roomId,
      lastSeq: counters.lastSeq,
      lastChange: counters.lastChange,
    });
    this.release(roomId);
  }

  /** Reads what this room's client lacks after its cursor, then lets held events through. */
  private async catchUp(roomId: string) {
    const subscription = this.subscriptions.get(roomId);
    if (!subscription) return;
    const counters = await this.chat.roomCounters(roomId);
    if (!counters) return;
    const { cursor } = subscription;
    await this.sendBacklog(
      roomId,
      { afterSeq: cursor, afterChange: cursor },
      counters.lastChange,
      cursor,
    );
    this.release(roomId);
  }

  private async sendBacklog(
    roomId: string,
    since: { afterSeq: number; afterChange: number },
    upTo: number,
    from?: number,
  ) {
    // A message's change number is never below its sequence number, so nothing before the
    // smaller of the two can qualify.
    let cursor = from ?? Math.min(since.afterSeq, since.afterChange);
    for (;;) {
      const page = await this.chat.changesSince(roomId, {
        ...since,
        cursor,
        upTo,
        limit: LIMITS.catchUpPage,
      });
      if (!this.subscriptions.has(roomId)) return;
      for (const message of page) this.write({ type: 'message', message });
      const last = page.at(-1);
      if (!last || page.length < LIMITS.catchUpPage || this.closed) break;
      cursor = last.change;
    }
    const subscription = this.subscriptions.get(roomId);
    if (subscription) subscription.cursor = Math.max(subscription.cursor, upTo);
  }

  private release(roomId: string) {
    const subscription = this.subscriptions.get(roomId);
    if (!subscription?.held) return;
    const held = subscription.held;
    subscription.held = null;
    if (held.length >= LIMITS.heldEvents) {
      subscription.held = [];
      this.enqueue(() => this.catchUp(roomId));
      return;
    }
    for (const event of held) this.deliver(roomId, event.change, event.text);
  }

  private async typing(roomId: string) {
    if (!this.subscriptions.has(roomId)) {
      this.error('forbidden', 'Subscribe to a room before typing in it.', roomId);
      return;
    }
    await this.host.announceTyping(roomId, await this.author);
  }

  private withinSendLimit(): boolean {
    const now = Date.now();
    this.sentAt = this.sentAt.filter((at) => now - at < SEND_LIMIT.windowMs);
    if (this.sentAt.length >= SEND_LIMIT.messages) return false;
    this.sentAt.push(now);
    return true;
  }

  private refuseFrame(json: unknown, issue: string | undefined) {
    const fields =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    // Only short strings are echoed back: the frame is the client's, not to be trusted.
    const echo = (value: unknown) =>
      typeof value === 'string' && value.length <= 64 ? value : undefined;
    const ref = echo(fields.clientId) ?? echo(fields.roomId);
    const known = ClientFrame.options.some((option) => option.shape.type.value === fields.type);
    if (!known) {
      this.error(
        'malformed',
        `Unknown frame type${typeof fields.type === 'string' ? ` "${fields.type.slice(0, 40)}"` : ''}; expected one of ${ClientFrame.options.map((option) => option.shape.type.value).join(', ')}.`,
        ref,
      );
      return;
    }
    this.error('invalid', issue ?? 'This frame is not valid.', ref);
  }

  private error(code: ErrorCode, message: string, ref?: string) {
    this.write(
      ref === undefined ? { type: 'error', code, message } : { type: 'error', code, message, ref },
    );
  }
}
