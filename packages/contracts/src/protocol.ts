// The websocket protocol's constants, apart from its zod frames so that the web app's first
// load carries no schema library.

/**
 * The websocket protocol's version. A tab built for another version is told to reload instead
 * of misreading frames; bump it whenever a frame changes shape.
 */
export const PROTOCOL_VERSION = 7;

/**
 * The largest frame a client may send (the `ws` library's default is 100 MiB; no valid frame
 * comes near this). The server's frames may be longer: a page of a room's missed messages.
 */
export const MAX_FRAME_BYTES = 64 * 1024;

/** Close codes a client acts on: resume (reconnect), reload, or sign in again. */
export const CloseCode = {
  /** The server is going away or the connection was dropped: reconnect and resume. */
  goingAway: 1001,
  /** The server failed on this connection: reconnect and resume. */
  internalError: 1011,
  /** The tab speaks another protocol version: reload the page. */
  outdated: 4000,
  /** The session ended (sign-out, password change, deactivation): sign in again. */
  sessionEnded: 4001,
  /** The client did not read fast enough; it reconnects and resumes from its last sequence. */
  tooSlow: 4002,
  /** No frame for too long: the connection is presumed dead and is replaced. */
  heartbeatMissed: 4003,
  /** The member has too many connections open: close some tabs and reload. */
  tooManyConnections: 4004,
} as const;
