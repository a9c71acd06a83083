import type { ServerFrame } from '@praxis/contracts/realtime';

/**
 * A frame going to many sockets (a room's message, a backlog read once for a thousand tabs),
 * serialised once and encoded to UTF-8 once: a socket given a string encodes it again itself,
 * which for a reconnect storm's fifty thousand backlog frames was a fifth of the server's time.
 */
export class SharedFrame {
  private encoded: Buffer | null = null;

  constructor(readonly text: string) {}

  static of(frame: ServerFrame) {
    return new SharedFrame(JSON.stringify(frame));
  }

  /** The text as UTF-8, made at the first socket that takes bytes. */
  get bytes(): Buffer {
    this.encoded ??= Buffer.from(this.text);
    return this.encoded;
  }
}
