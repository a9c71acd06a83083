import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@praxis/api/app';
import { loadConfig } from '@praxis/api/config';
import { type ChatSocket, openChatSocket } from '@praxis/api/testing/chat-client';
import { SEND_LIMIT, type ServerFrame } from '@praxis/contracts/chat';
import { createDb } from '@praxis/db/client';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';

// How long a chat message takes to reach everyone following a room: BENCH_SUBSCRIBERS sockets
// (default 50, one member each) follow the network room while messages are sent one after the
// other. For each message, the time from the send to its ack at the sender, and to the moment
// the last of the subscribers has the `message` frame; against a `ping`→`pong` round trip on the
// sender's socket in the same run, which costs the server nothing but the socket itself. The app
// listens on a loopback port and the sockets are real websockets. Runs on an embedded database
// in a temporary folder, or on BENCH_DATABASE_URL (a database it may fill).

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const subscriberCount = Number(process.env.BENCH_SUBSCRIBERS ?? 50);
// A connection may send SEND_LIMIT.messages per window: the sends rotate over this many sender
// sockets (one member each), and a socket that would still go over waits, untimed.
const senderCount = Number(process.env.BENCH_SENDERS ?? 20);
const warmUpRounds = senderCount;
const roundTimeoutMs = 10_000;

const dataDir = await mkdtemp(join(tmpdir(), 'praxis-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL;
const database = createDb(databaseUrl ? { databaseUrl } : { dataDir });
await database.migrate();
const config = loadConfig({
  NODE_ENV: 'production',
  PRAXIS_SEED: 'none',
  WEB_DIST: '/nonexistent',
  PUBLIC_ORIGIN: 'http://praxis.bench',
  LOG_LEVEL: 'silent',
});
const app = await buildApp({ config, database, logger: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('the app listens on no port');
const baseUrl = `http://127.0.0.1:${address.port}`;

// Sign-ins are limited per address (30 in 15 minutes): each member signs in from its own, as
// members on their own networks would.
async function signIn(index: number) {
  const member = await createMember(database.db);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: config.publicOrigin },
    remoteAddress: `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`,
    payload: { email: member.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return { id: member.id, cookie: String(response.headers['set-cookie']).split(';')[0] ?? '' };
}

const subscriberMembers = [];
for (let index = 0; index < subscriberCount; index += 1)
  subscriberMembers.push(await signIn(index));
const senderMembers = [];
for (let index = 0; index < senderCount; index += 1)
  senderMembers.push(await signIn(subscriberCount + index));

const rooms = await app.inject({
  method: 'GET',
  url: '/api/rooms',
  headers: { cookie: senderMembers[0]?.cookie ?? '' },
});
const network = (rooms.json() as { rooms: { id: string; kind: string }[] }).rooms.find(
  (room) => room.kind === 'network',
);
if (!network) throw new Error(`no network room: ${rooms.body}`);
const roomId = network.id;

/** A signed-in socket past its hello (and its `subscribed`, if it follows the room). */
async function connect(cookie: string, subscribe: boolean) {
  const socket = await openChatSocket(baseUrl, cookie, { origin: config.publicOrigin });
  await socket.waitFor((frame) => frame.type === 'hello');
  if (subscribe) {
    socket.send({ type: 'subscribe', roomId });
    await socket.waitFor((frame) => frame.type === 'subscribed');
  }
  // The test client checks every frame against the contracts and keeps them all; 50 sockets
  // doing that in this process would be timed as fan-out. From here on, a frame is only parsed.
  socket.socket.removeAllListeners('message');
  return socket;
}

const subscribers: ChatSocket[] = [];
for (const member of subscriberMembers) subscribers.push(await connect(member.cookie, true));
// The senders do not follow the room: the fan-out measured is to exactly the subscribers.
const senders: ChatSocket[] = [];
for (const member of senderMembers) senders.push(await connect(member.cookie, false));

interface Round {
  clientId: string;
  sentAt: number;
  ackAt: number | null;
  firstAt: number | null;
  lastAt: number | null;
  reached: Set<number>;
  done: () => void;
}
let round: Round | null = null;
let pongWaiter: (() => void) | null = null;
const errors: string[] = [];
const otherFrames: Record<string, number> = {};

function settle(current: Round) {
  if (current.ackAt !== null && current.reached.size === subscriberCount) current.done();
}

subscribers.forEach((socket, index) => {
  socket.socket.on('message', (data) => {
    const at = performance.now();
    const frame = JSON.parse(data.toString()) as ServerFrame;
    if (frame.type === 'message' && round && frame.message.clientId === round.clientId) {
      if (round.reached.has(index)) errors.push(`subscriber ${index} got ${round.clientId} twice`);
      round.reached.add(index);
      round.firstAt ??= at;
      round.lastAt = at;
      settle(round);
      return;
    }
    if (frame.type === 'error') errors.push(`subscriber ${index}: ${JSON.stringify(frame)}`);
    otherFrames[frame.type] = (otherFrames[frame.type] ?? 0) + 1;
  });
});
for (const socket of senders) {
  socket.socket.on('message', (data) => {
    const at = performance.now();
    const frame = JSON.parse(data.toString()) as ServerFrame;
    if (frame.type === 'pong') {
      pongWaiter?.();
      return;
    }
    if (frame.type === 'ack' && round && frame.clientId === round.clientId) {
      round.ackAt = at;
      settle(round);
      return;
    }
    if (frame.type === 'error') errors.push(`sender: ${JSON.stringify(frame)}`);
    otherFrames[frame.type] = (otherFrames[frame.type] ?? 0) + 1;
  });
}

function withTimeout(what: string, start: (resolve: () => void) => void) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${what} took over ${roundTimeoutMs} ms; errors: ${errors.join('; ')}`));
    }, roundTimeoutMs);
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function ping(socket: ChatSocket) {
  let sentAt = 0;
  await withTimeout('a pong', (resolve) => {
    pongWaiter = resolve;
    sentAt = performance.now();
    socket.send({ type: 'ping' });
  });
  pongWaiter = null;
  return performance.now() - sentAt;
}

// When each sender sent, so that none goes over the limit whatever the number of rounds; the
// wait, when there is one, happens before the clock starts. A second of margin for the clocks.
const sentAt = senders.map(() => [] as number[]);
let pacedRounds = 0;
async function pace(sender: number) {
  const times = sentAt[sender] ?? [];
  const windowMs = SEND_LIMIT.windowMs + 1000;
  while (times.length > 0 && Date.now() - (times[0] ?? 0) >= windowMs) times.shift();
  if (times.length < SEND_LIMIT.messages) return;
  pacedRounds += 1;
  await new Promise((resolve) => setTimeout(resolve, (times[0] ?? 0) + windowMs - Date.now()));
  times.shift();
}

async function send(sender: number, socket: ChatSocket) {
  await pace(sender);
  sentAt[sender]?.push(Date.now());
  const clientId = randomUUID();
  let current: Round | undefined;
  await withTimeout(`message ${clientId}`, (done) => {
    current = {
      clientId,
      sentAt: performance.now(),
      ackAt: null,
      firstAt: null,
      lastAt: null,
      reached: new Set(),
      done,
    };
    round = current;
    socket.send({ type: 'send', roomId, clientId, body: `Bench message **${clientId}**` });
  });
  round = null;
  if (!current || current.ackAt === null || current.firstAt === null || current.lastAt === null)
    throw new Error('a round ended incomplete');
  return {
    ack: current.ackAt - current.sentAt,
    first: current.firstAt - current.sentAt,
    all: current.lastAt - current.sentAt,
  };
}

// Let the presence announcements of the connections above go out before anything is timed.
await new Promise((resolve) => setTimeout(resolve, 1000));

const pings: number[] = [];
const acks: number[] = [];
const firsts: number[] = [];
const alls: number[] = [];
const started = performance.now();
for (let index = 0; index < warmUpRounds + rounds; index += 1) {
  const sender = index % senderCount;
  const socket = senders[sender];
  if (!socket) throw new Error('no sender socket');
  const pingMs = await ping(socket);
  const { ack, first, all } = await send(sender, socket);
  if (index < warmUpRounds) continue;
  pings.push(pingMs);
  acks.push(ack);
  firsts.push(first);
  alls.push(all);
}
const seconds = (performance.now() - started) / 1000;

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values: number[]) =>
  sorted(values)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? 0;
const ms = (value: number) => Number(value.toFixed(2));
const summary = (values: number[]) => ({
  median: ms(median(values)),
  p95: ms(p95(values)),
  max: ms(Math.max(...values)),
});
const latencyMs = {
  baselinePing: summary(pings),
  sendToAck: summary(acks),
  sendToFirstSubscriber: summary(firsts),
  sendToAllSubscribers: summary(alls),
};
const ratio = (value: number, base: number) => Number((value / base).toFixed(2));
const record = {
  benchmark: 'chat',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: database.driver,
  rounds,
  warmUpRounds,
  subscribers: subscriberCount,
  senders: senderCount,
  pacedRounds,
  seconds: Number(seconds.toFixed(1)),
  latencyMs,
  ratioToBaseline: {
    ackMedian: ratio(latencyMs.sendToAck.median, latencyMs.baselinePing.median),
    fanOutMedian: ratio(latencyMs.sendToAllSubscribers.median, latencyMs.baselinePing.median),
    ackP95: ratio(latencyMs.sendToAck.p95, latencyMs.baselinePing.p95),
    fanOutP95: ratio(latencyMs.sendToAllSubscribers.p95, latencyMs.baselinePing.p95),
  },
  otherFrames,
  errors,
};
console.table(latencyMs);
console.log(record.ratioToBaseline);
if (errors.length > 0) console.warn(`errors: ${errors.join('\n')}`);

const sockets = [...subscribers, ...senders];
for (const socket of sockets) socket.close();
await Promise.all(sockets.map((socket) => socket.closed));
await app.close();
await database.close();
await rm(dataDir, { recursive: true, force: true });
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `chat-${record.database}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
