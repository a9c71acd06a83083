// What one active member does, on average, per minute: the workload of the mixed benchmark. The
// figures describe a member in the middle of a working session, not the average member of a
// network (most of whom are away at any moment): a page every 30 seconds or so, a reply every ten
// minutes, a chat message every two. A network's "members online at once" is this N.

/** One kind of thing a member does; `perMinute` is per active member. */
export interface Action {
  kind: ActionKind;
  perMinute: number;
  what: string;
}

export type ActionKind =
  | 'home'
  | 'threadList'
  | 'read'
  | 'search'
  | 'reply'
  | 'newThread'
  | 'rsvp'
  | 'chat';

export const ACTIONS: Action[] = [
  {
    kind: 'home',
    perMinute: 0.5,
    what: 'the home page: the five latest threads and the next five meetups, asked together',
  },
  { kind: 'threadList', perMinute: 0.4, what: 'the thread list, first page of the latest' },
  {
    kind: 'read',
    perMinute: 0.8,
    what: 'a thread and its first page of replies, asked together (opening it marks it read)',
  },
  { kind: 'search', perMinute: 0.2, what: 'a search for a word of a thread title seen before' },
  { kind: 'reply', perMinute: 0.1, what: 'a reply to a thread the member has seen' },
  { kind: 'newThread', perMinute: 0.01, what: 'a new discussion for the whole network' },
  {
    kind: 'rsvp',
    perMinute: 0.02,
    what: 'the upcoming meetups, then an answer to the first scheduled one (going or maybe)',
  },
  {
    kind: 'chat',
    perMinute: 0.5,
    what: 'a chat message over the socket, to the cohort room four times in five, else the network room',
  },
];

/**
 * The requests measured, each on its own: a page that asks for two things counts both. `chat`
 * is a message from its send to its acknowledgement.
 */
export const REQUEST_KINDS = [
  'homeThreads',
  'homeMeetups',
  'threadList',
  'thread',
  'replies',
  'search',
  'reply',
  'newThread',
  'meetups',
  'rsvp',
  'chat',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The health limits a step must hold to count. */
export const HEALTH = {
  /** Server errors (5xx), failed connections and unanswered requests, of all requests. */
  maxFailureShare: 0.0001,
  /** Per kind of request and overall, from the time the request was due. */
  maxP99Ms: 500,
  /**
   * A kind's own p99 is judged from this many requests in the step: below it, its p99 is one of
   * its few slowest requests, a matter of luck. Those requests still count in the overall p99.
   */
  minCountForP99: 100,
} as const;

/** A request that has not been answered by then counts as failed. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** What the load generator is told: where, who, for how long. */
export interface ClientPlan {
  /** Where to connect (127.0.0.1), and the `Origin` writes must carry. */
  baseUrl: string;
  origin: string;
  /** Session tokens, one per member; member i connects from loopback address i. */
  tokens: string[];
  warmUpSeconds: number;
  seconds: number;
}

/** The load generator's answer for one step. */
export interface StepFigures {
  members: number;
  /** Requests due per second over the measured window, all kinds. */
  scheduledPerSecond: number;
  kinds: Record<string, KindFigures>;
  overall: KindFigures;
  /** How late the generator's own event loop ran (p99, max): a loaded generator adds to latency. */
  generatorLagMs: { p99: number; max: number };
  socketSetupSeconds: number;
}

export interface KindFigures {
  count: number;
  ok: number;
  clientErrors: number;
  status429: number;
  serverErrors: number;
  /** Refused connections, resets, timeouts, chat messages never acknowledged. */
  failures: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The first few client and server errors, to tell what went wrong. */
  samples: string[];
}
