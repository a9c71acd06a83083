import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PROTOCOL_VERSION } from '@praxis/contracts/realtime';
import { httpClient } from './mixed-load-http.ts';
import { type Outcome, Tally } from './mixed-load-tally.ts';
import {
  ACTIONS,
  type ActionKind,
  type ClientPlan,
  REQUEST_KINDS,
  REQUEST_TIMEOUT_MS,
  type RequestKind,
  type StepFigures,
} from './mixed-load-workload.ts';
import { SESSION_COOKIE } from './routes-capture.ts';
import { type ClientSocket, type Frame, openSocket, settle } from './socket-clients.ts';

// The load generator of the mixed benchmark, in a process of its own: N members, each with a
// socket subscribed to their rooms, doing what mixed-load-workload.ts says at its rates. Open
// loop: each kind of action arrives as a Poisson process of N times its rate, each arrival for a
// member drawn at random, whether or not earlier requests have been answered; latency counts from
// the time the request was due, so time spent queueing counts. Prints one JSON line: the figures.

const plan = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as ClientPlan;
const call = httpClient(plan);

interface ThreadRef {
  id: string;
  title: string;
  cohort: unknown;
}
interface Member {
  index: number;
  cookie: string;
  socket: ClientSocket | null;
  networkRoom: string | null;
  cohortRooms: string[];
  threads: ThreadRef[];
}
const members: Member[] = plan.tokens.map((token, index) => ({
  index,
  cookie: `${SESSION_COOKIE}=${token}`,
  socket: null,
  networkRoom: null,
  cohortRooms: [],
  threads: [],
}));
/** Threads open to the whole network and title words, as members have seen them. */
const seenThreads: ThreadRef[] = [];
const seenWords: string[] = [];

const tallies = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, new Tally()])) as Record<
  RequestKind,
  Tally
>;
let measuredFrom = Number.POSITIVE_INFINITY;
let measuredUntil = Number.POSITIVE_INFINITY;
const inWindow = (due: number) => due >= measuredFrom && due < measuredUntil;

/** One request, tallied under `kind` if it was due in the measured window; its body if 2xx. */
async function request(
  kind: RequestKind,
  due: number,
  member: Member,
  method: string,
  path: string,
  payload?: unknown,
): Promise<unknown> {
  let outcome: Outcome;
  let parsed: unknown = null;
  try {
    const answer = await call(member, method, path, payload);
    outcome = answer.status >= 400 ? answer : { status: answer.status };
    if (answer.status < 300) parsed = JSON.parse(answer.body);
  } catch (error) {
    outcome = { failure: (error as Error).message };
  }
  if (inWindow(due)) tallies[kind].record(performance.now() - due, outcome);
  return parsed;
}

function remember(member: Member, page: unknown) {
  const threads = (page as { threads?: ThreadRef[] } | null)?.threads ?? [];
  if (threads.length === 0) return;
  member.threads = threads;
  for (const thread of threads) {
    if (thread.cohort !== null || seenThreads.some((seen) => seen.id === thread.id)) continue;
    seenThreads.push(thread);
    for (const word of thread.title.split(/[^\p{L}]+/u))
      if (word.length >= 6 && !seenWords.includes(word.toLowerCase()))
        seenWords.push(word.toLowerCase());
  }
}

const pick = <T>(values: T[]): T | undefined => values[Math.floor(Math.random() * values.length)];
const text = (words: number) =>
  Array.from({ length: words }, () => pick(seenWords) ?? 'meetup').join(' ');

const actions: Record<ActionKind, (member: Member, due: number) => Promise<unknown>> = {
  home: (member, due) =>
    Promise.all([
      request('homeThreads', due, member, 'GET', '/api/threads?view=latest&limit=5').then((page) =>
        remember(member, page),
      ),
      request('homeMeetups', due, member, 'GET', '/api/meetups?when=upcoming&limit=5'),
    ]),
  threadList: async (member, due) =>
    remember(member, await request('threadList', due, member, 'GET', '/api/threads')),
  read: (member, due) => {
    const thread = pick(member.threads) ?? pick(seenThreads);
    if (!thread) return Promise.resolve();
    return Promise.all([
      request('thread', due, member, 'GET', `/api/threads/${thread.id}`),
      request('replies', due, member, 'GET', `/api/threads/${thread.id}/replies`),
    ]);
  },
  search: (member, due) =>
    request(
      'search',
      due,
      member,
      'GET',
      `/api/search?q=${encodeURIComponent(pick(seenWords) ?? 'meetup')}`,
    ),
  reply: (member, due) => {
    const thread = pick(member.threads) ?? pick(seenThreads);
    if (!thread) return Promise.resolve();
    return request('reply', due, member, 'POST', `/api/threads/${thread.id}/replies`, {
      body: `${text(40)}.`,
    });
  },
  newThread: (member, due) =>
    request('newThread', due, member, 'POST', '/api/threads', {
      kind: 'discussion',
      title: `${text(6)}?`,
      body: `${text(80)}.`,
    }),
  rsvp: async (member, due) => {
    const page = (await request('meetups', due, member, 'GET', '/api/meetups?when=upcoming')) as {
      meetups?: { id: string; status: string }[];
    } | null;
    const meetup = page?.meetups?.find((candidate) => candidate.status === 'scheduled');
    if (!meetup) return;
    // Answered once the list is read: the member's click is when this one is due.
    await request('rsvp', performance.now(), member, 'PUT', `/api/meetups/${meetup.id}/rsvp`, {
      status: Math.random() < 0.7 ? 'going' : 'maybe',
    });
  },
  chat: async (member, due) => sendChat(member, due),
};

const pendingChat = new Map<string, number>();
function sendChat(member: Member, due: number) {
  const room =
    Math.random() < 0.8 ? (pick(member.cohortRooms) ?? member.networkRoom) : member.networkRoom;
  if (!member.socket || !room) return;
  const clientId = randomUUID();
  if (inWindow(due)) pendingChat.set(clientId, due);
  member.socket.send({ type: 'send', roomId: room, clientId, body: text(12) });
}
function onFrame(frame: Frame, at: number) {
  const clientId =
    frame.type === 'ack' ? frame.clientId : frame.type === 'error' ? frame.ref : null;
  if (typeof clientId !== 'string') return;
  const due = pendingChat.get(clientId);
  if (due === undefined) return;
  pendingChat.delete(clientId);
  tallies.chat.record(
    at - due,
    frame.type === 'ack'
      ? { status: 200 }
      : { chatError: String(frame.code), message: String(frame.message) },
  );
}

/** A member's tab: their rooms from the REST list, a socket subscribed to network and cohort. */
async function connect(member: Member) {
  const rooms = (await request('homeThreads', -1, member, 'GET', '/api/rooms')) as {
    rooms: { id: string; kind: string }[];
  } | null;
  member.networkRoom = rooms?.rooms.find((room) => room.kind === 'network')?.id ?? null;
  member.cohortRooms = (rooms?.rooms ?? [])
    .filter((room) => room.kind === 'cohort')
    .map((room) => room.id);
  const url = `${plan.baseUrl.replace(/^http/, 'ws')}/api/ws?v=${PROTOCOL_VERSION}`;
  const socket = await openSocket(url, member.index, {
    cookie: member.cookie,
    origin: plan.origin,
  });
  await socket.waitFor('hello');
  const wanted = [member.networkRoom, ...member.cohortRooms].filter((id) => id !== null);
  let subscribed = 0;
  const allSubscribed = new Promise<void>((resolve) => {
    socket.listener = (frame, at) => {
      if (frame.type === 'subscribed') subscribed += 1;
      if (subscribed === wanted.length) resolve();
      onFrame(frame, at);
    };
  });
  for (const roomId of wanted) socket.send({ type: 'subscribe', roomId });
  if (wanted.length > 0) await allSubscribed;
  member.socket = socket;
}

const setupStarted = performance.now();
const first = members[0];
if (first) remember(first, await request('threadList', -1, first, 'GET', '/api/threads'));
for (let start = 0; start < members.length; start += 100)
  await Promise.all(members.slice(start, start + 100).map(connect));
// Everyone who connected was announced to everyone online: let that die down.
await settle(2000);
const socketSetupSeconds = (performance.now() - setupStarted) / 1000;

const t0 = performance.now();
measuredFrom = t0 + plan.warmUpSeconds * 1000;
measuredUntil = measuredFrom + plan.seconds * 1000;
const lag = monitorEventLoopDelay({ resolution: 10 });
setTimeout(() => lag.enable(), plan.warmUpSeconds * 1000);
const inFlight = new Set<Promise<unknown>>();
const next = ACTIONS.map(() => t0);
const gap = (perMinute: number) =>
  -Math.log(1 - Math.random()) / ((members.length * perMinute) / 60_000);
ACTIONS.forEach((action, index) => {
  next[index] = t0 + gap(action.perMinute);
});
await new Promise<void>((resolve) => {
  const timer = setInterval(() => {
    const now = performance.now();
    ACTIONS.forEach((action, index) => {
      for (let due = next[index] ?? now; due <= now; due = next[index] ?? now) {
        next[index] = due + gap(action.perMinute);
        if (due >= measuredUntil) continue;
        const member = pick(members);
        if (!member) continue;
        const running = actions[action.kind](member, due).catch(() => {});
        inFlight.add(running);
        void running.finally(() => inFlight.delete(running));
      }
    });
    if (now >= measuredUntil) {
      clearInterval(timer);
      resolve();
    }
  }, 5);
});
lag.disable();
const deadline = performance.now() + REQUEST_TIMEOUT_MS;
while ((inFlight.size > 0 || pendingChat.size > 0) && performance.now() < deadline)
  await new Promise((resolve) => setTimeout(resolve, 100));
for (const due of pendingChat.values())
  tallies.chat.record(performance.now() - due, { failure: 'no acknowledgement' });

const kinds = Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, tallies[kind].figures()]));
const overall = Tally.merge(Object.values(tallies));
const figures: StepFigures = {
  members: members.length,
  scheduledPerSecond: Number((overall.count / plan.seconds).toFixed(1)),
  kinds,
  overall,
  generatorLagMs: {
    p99: Number((lag.percentile(99) / 1e6).toFixed(1)),
    max: Number((lag.max / 1e6).toFixed(1)),
  },
  socketSetupSeconds: Number(socketSetupSeconds.toFixed(1)),
};
await Promise.all(members.map((member) => member.socket?.close()));
call.close();
process.stdout.write(`${JSON.stringify(figures)}\n`);
process.exit(0);
