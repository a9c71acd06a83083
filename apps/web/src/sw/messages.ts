/** What a page tells the service worker (lib/service-worker.ts sends, sw.ts receives). */
export type PageMessage =
  /** Who is signed in now: the worker keeps cached answers for this member only. */
  | { type: 'session'; memberId: string | null }
  /** The person chose to load the new version waiting to take over. */
  | { type: 'skip-waiting' }
  /**
   * Answers the page came with instead of reading them (lib/first-answers.ts), by path: kept as
   * if they had been read through the worker, so that they can be read offline too.
   */
  | { type: 'answers'; answers: Record<string, unknown> };

/** The caches of API answers are named after the member they belong to, and only them. */
export const DATA_CACHE_PREFIX = 'data-';
export const SHELL_CACHE_PREFIX = 'shell-';
