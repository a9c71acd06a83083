/**
 * The API reads kept for offline reading: what the pages a member reads most ask for (whether
 * the network is set up, who is signed in, thread lists and threads with their replies, meetups, chat rooms and their
 * history, notifications). Nothing else is ever written to a cache: not searches, not
 * profiles, not settings, and never a write.
 */
const OFFLINE_READS: RegExp[] = [
  /^\/api\/auth\/me$/,
  /^\/api\/setup$/,
  /^\/api\/threads$/,
  /^\/api\/threads\/[\w-]+$/,
  /^\/api\/threads\/[\w-]+\/replies$/,
  /^\/api\/meetups$/,
  /^\/api\/meetups\/[\w-]+$/,
  /^\/api\/rooms$/,
  /^\/api\/rooms\/[\w-]+\/messages$/,
  /^\/api\/notifications$/,
];

/**
 * What the app reads before it shows any page. They are stored as soon as a member signs in
 * (the app asked for them before, signed out) and never pushed out by later reads, so that an
 * offline start always finds them.
 */
export const STARTUP_READS = ['/api/setup', '/api/auth/me'];

export const isOfflineRead = (path: string) =>
  path !== '/api/threads/similar' && OFFLINE_READS.some((pattern) => pattern.test(path));

/** The most answers kept for one member; the oldest go first. */
export const MAX_OFFLINE_READS = 50;
