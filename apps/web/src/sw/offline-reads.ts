/**
 * The API reads kept for offline reading: what the pages a member reads most ask for (who is
 * signed in, thread lists and threads with their replies, meetups, chat rooms and their
 * history, notifications). Nothing else is ever written to a cache: not searches, not
 * profiles, not settings, and never a write.
 */
const OFFLINE_READS: RegExp[] = [
  /^\/api\/auth\/me$/,
  /^\/api\/threads$/,
  /^\/api\/threads\/[\w-]+$/,
  /^\/api\/threads\/[\w-]+\/replies$/,
  /^\/api\/meetups$/,
  /^\/api\/meetups\/[\w-]+$/,
  /^\/api\/rooms$/,
  /^\/api\/rooms\/[\w-]+\/messages$/,
  /^\/api\/notifications$/,
];

export const isOfflineRead = (path: string) =>
  path !== '/api/threads/similar' && OFFLINE_READS.some((pattern) => pattern.test(path));

/** The most answers kept for one member; the oldest go first. */
export const MAX_OFFLINE_READS = 50;
