import { DATA_CACHE_PREFIX } from './messages.ts';
import { isOfflineRead, MAX_OFFLINE_READS, STARTUP_READS } from './offline-reads.ts';

/**
 * API answers kept for one member, in a cache named after them (`data-<member id>`). There is
 * at most one such cache: learning who is signed in deletes every other, and signing out
 * deletes them all. That is also how the member outlives the worker (the browser stops an idle
 * worker within a minute): on waking, the one data cache left names them. With none, or
 * (after a crash between two steps) several, nobody is known and nothing is served.
 */
let known: Promise<string | null> | undefined;
let memberId: string | null | undefined;

const cacheName = (member: string) => `${DATA_CACHE_PREFIX}${member}`;

async function dataCacheNames(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(DATA_CACHE_PREFIX));
}

async function deleteDataCaches(except: string | null) {
  for (const name of await dataCacheNames()) {
    if (except === null || name !== cacheName(except)) await caches.delete(name);
  }
}

/**
 * The signed-in member whose answers may be stored and served, or null; also whom a push may
 * name in what it shows.
 */
export function currentMember(): Promise<string | null> {
  if (memberId !== undefined) return Promise.resolve(memberId);
  known ??= dataCacheNames().then(async (names) => {
    const [only, ...more] = names;
    const member = only && more.length === 0 ? only.slice(DATA_CACHE_PREFIX.length) : null;
    if (member === null) await deleteDataCaches(null);
    // A message may have said who it is meanwhile; it knows better than the cache names.
    memberId ??= member;
    return memberId;
  });
  return known;
}

/** Someone signed in (or nobody): only their cache survives. */
export async function setMember(member: string | null) {
  const before = await currentMember();
  memberId = member;
  known = undefined;
  await deleteDataCaches(member);
  if (member === null) return;
  // Created now, so that it names the member after a restart before it holds anything.
  await caches.open(cacheName(member));
  if (member !== before) await storeStartupReads(member);
}

async function storeStartupReads(member: string) {
  for (const path of STARTUP_READS) {
    const request = new Request(path);
    const response = await fetch(request).catch(() => null);
    if (response?.status !== 200) continue;
    if (path === '/api/auth/me') {
      const says = (await response
        .clone()
        .json()
        .catch(() => null)) as MeAnswer | null;
      // The page's word is checked against the server's: the answer is stored only for its member.
      if (says?.member?.id !== member) {
        await learnFromMe(response);
        continue;
      }
    }
    await store(member, request, response);
  }
}

type MeAnswer = { member?: { id?: unknown } | null };

/** Who /api/auth/me says is signed in: 200 with a member or null (older servers: 401). */
async function learnFromMe(response: Response) {
  if (response.status === 401) return setMember(null);
  if (!response.ok) return;
  const body = (await response.json().catch(() => null)) as MeAnswer | null;
  if (body && body.member === null) return setMember(null);
  if (typeof body?.member?.id === 'string' && body.member.id !== memberId) {
    return setMember(body.member.id);
  }
}

async function store(member: string, request: Request, response: Response) {
  const cache = await caches.open(cacheName(member));
  await cache.put(request, response);
  // Signed out (or someone else signed in) while this answer was on its way: it goes too.
  if (memberId !== member) {
    await caches.delete(cacheName(member));
    return;
  }
  const entries = (await cache.keys()).filter(
    (entry) => !STARTUP_READS.includes(new URL(entry.url).pathname),
  );
  for (const old of entries.slice(0, Math.max(0, entries.length - MAX_OFFLINE_READS))) {
    await cache.delete(old);
  }
}

/**
 * Keeps the answers a page came with, as `readThrough` keeps what it reads: only the offline
 * reads, and only when the page's own answer to who is signed in names the member the worker
 * keeps answers for.
 */
export async function keepAnswers(answers: Record<string, unknown>, origin: string) {
  const member = await currentMember();
  const me = answers['/api/auth/me'] as MeAnswer | undefined;
  if (member === null || me?.member?.id !== member) return;
  for (const [path, answer] of Object.entries(answers)) {
    const url = new URL(path, origin);
    if (url.origin !== origin || !isOfflineRead(url.pathname)) continue;
    const request = new Request(url);
    const headers = { 'content-type': 'application/json', date: new Date().toUTCString() };
    await store(member, request, new Response(JSON.stringify(answer), { headers }));
  }
}

/**
 * The oldest answer served offline: past a week a member reads it as current at their peril,
 * and a session ended meanwhile on the server (which the worker cannot hear of offline) has
 * had its chance to be noticed.
 */
export const MAX_OFFLINE_AGE_MS = 7 * 24 * 3600 * 1000;

/** The stored answer, if it was stored for `member` and is young enough to serve offline. */
async function storedAnswer(member: string, request: Request): Promise<Response | undefined> {
  const cache = await caches.open(cacheName(member));
  // Answers vary on Cookie, which a worker's requests never show; the cache name does its job.
  const stored = await cache.match(request, { ignoreVary: true });
  const sent = Date.parse(stored?.headers.get('date') ?? '');
  if (!stored || !(Date.now() - sent <= MAX_OFFLINE_AGE_MS)) return undefined;
  return stored;
}

/**
 * Any API read the server refuses as unauthenticated means the session ended there (signed
 * out elsewhere, expired, revoked): nothing kept for the member it had may be served again.
 */
function ended(response: Response, later: (work: Promise<unknown>) => void): Response {
  if (response.status === 401) later(setMember(null));
  return response;
}

/** An API read that is never kept: only listened to for the end of the session. */
export async function passThrough(
  request: Request,
  later: (work: Promise<unknown>) => void,
): Promise<Response> {
  return ended(await fetch(request), later);
}

/**
 * Network first, so a member always reads the server's answer when there is one; the stored
 * answer only when the network fails, and only if it was stored for whoever is signed in, at
 * most a week ago. Storing happens after the page has its answer (`later` is the fetch event's
 * waitUntil).
 */
export async function readThrough(
  request: Request,
  isMe: boolean,
  later: (work: Promise<unknown>) => void,
): Promise<Response> {
  const member = await currentMember();
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    if (member === null) return Response.error();
    return (await storedAnswer(member, request)) ?? Response.error();
  }
  if (response.status === 401) return ended(response, later);
  const copy = response.status === 200 ? response.clone() : null;
  const meCopy = isMe ? response.clone() : null;
  later(
    (async () => {
      if (meCopy) await learnFromMe(meCopy);
      const owner = isMe ? await currentMember() : member;
      if (copy && owner !== null) await store(owner, request, copy);
    })(),
  );
  return response;
}
