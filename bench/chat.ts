import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { SEND_LIMIT } from '@praxis/contracts/chat';
import type { RealtimeServerReady } from './realtime-server.ts';
import { startServerProcess } from './server-process.ts';
import {
  type ClientSocket,
  type Frame,
  openMany,
  openPraxisSocket,
  openSocket,
  settle,
} from './socket-clients.ts';
import type { WsServerReady } from './ws-server.ts';

// How long one chat message takes to reach everyone following a room, against the same fan-out
// by a bare `ws` server that does nothing else, in the same run. BENCH_SUBSCRIBERS sockets
// (default 1,000; one member each, signed in, subscribed to the network room) receive messages
// sent one after the other from BENCH_SENDERS other sockets that do not follow the room; as many
// sockets receive the baseline's frames of the same size. Each server runs in a process of its
// own (realtime-server.ts, ws-server.ts) and every client in this one; the two take turns, one
// message each, so that both meet the same state of the machine. Praxis runs on an embedded
// database, or on BENCH_DATABASE_URL (a database it may fill).

// A 95th percentile of 100 rounds is the fifth-worst round: too much luck on a shared machine.
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
const subscriberCount = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
// A connection may send SEND_LIMIT.messages per window: the sends rotate over this many sender
// sockets (one member each), and a socket that would still go over waits, untimed.
const senderCount = Number(process.env.BENCH_SENDERS ?? 20);
const warmUpRounds = senderCount;
const roundTimeoutMs = 15_000;
/** The target: Praxis's 95th percentile to the last subscriber within this multiple of ws's. */
const targetRatio = 1.5;

const loadBefore = loadavg();
const setupStarted = performance.now();
const [praxis, bare] = await Promise.all([
  startServerProcess<RealtimeServerReady>('realtime-server.ts', [
    String(subscriberCount + senderCount),
  ]),
  startServerProcess<WsServerReady>('ws-server.ts'),
]);
const server = praxis.ready;

const bareSubscribers = await openMany(subscriberCount, (index) =>
  openSocket(`${bare.ready.wsUrl}/subscriber`, index),
);
const bareSender = await openSocket(`${bare.ready.wsUrl}/sender`, subscriberCount);
const praxisSubscribers = await openMany(subscriberCount, (index) =>
  openPraxisSocket(server, index, true),
);
// The senders do not follow the room: the fan-out measured is to exactly the subscribers.
const praxisSenders = await openMany(senderCount, (index) =>
  openPraxisSocket(server, subscriberCount + index, false),
);
// Each member who connected was announced to everyone online: let that die down.
await settle(2000);
const setupSeconds = (performance.now() - setupStarted) / 1000;

type System = 'bareWs' | 'praxis';
interface Round {
  system: System;
  clientId: string;
  sentAt: number;
  ackAt: number | null;
  firstAt: number | null;
  lastAt: number | null;
  reached: Uint8Array;
  count: number;
  done: () => void;
}
let round: Round | null = null;
const errors: string[] = [];
const otherFrames: Record<System, Record<string, number>> = { bareWs: {}, praxis: {} };
const frameBytes: Record<System, number> = { bareWs: 0, praxis: 0 };

function settleRound(current: Round) {
  if (current.count === subscriberCount && (current.system === 'bareWs' || current.ackAt !== null))
    current.done();
}

function other(system: System, frame: Frame) {
  if (frame.type === 'error') errors.push(`${system}: ${JSON.stringify(frame)}`);
  otherFrames[system][frame.type] = (otherFrames[system][frame.type] ?? 0) + 1;
}

function listen(system: System, subscribers: ClientSocket[]) {
  subscribers.forEach((socket, index) => {
    socket.listener = (frame, at, bytes) => {
      const message = frame.message as { clientId?: string } | undefined;
      if (frame.type !== 'message' || round?.system !== system) return other(system, frame);
      if (message?.clientId !== round.clientId) return other(system, frame);
      if (round.reached[index]) errors.push(`${system} subscriber ${index} got a message twice`);
      round.reached[index] = 1;
      round.count += 1;
      round.firstAt ??= at;
      round.lastAt = at;
      frameBytes[system] = bytes;
      settleRound(round);
    };
  });
}
listen('bareWs', bareSubscribers);
listen('praxis', praxisSubscribers);
for (const socket of praxisSenders) {
  socket.listener = (frame, at) => {
    if (frame.type === 'ack' && round?.system === 'praxis' && frame.clientId === round.clientId) {
      round.ackAt = at;
      settleRound(round);
      return;
    }
    other('praxis', frame);
  };
}
bareSender.listener = (frame) => other('bareWs', frame);

/** Sends one message and resolves when every subscriber (and Praxis's sender) has its frame. */
async function measure(system: System, send: (clientId: string) => void) {
  const clientId = randomUUID();
  let current: Round | undefined;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      const reached = current?.count ?? 0;
      reject(
        new Error(
          `${system} message reached ${reached} of ${subscriberCount} in ${roundTimeoutMs} ms; errors: ${errors.join('; ')}`,
        ),
      );
    }, roundTimeoutMs);
    current = {
      system,
      clientId,
      sentAt: performance.now(),
      ackAt: null,
      firstAt: null,
      lastAt: null,
      reached: new Uint8Array(subscriberCount),
      count: 0,
      done: () => {
        clearTimeout(timer);
        resolve();
      },
    };
    round = current;
    send(clientId);
  });
  round = null;
  if (!current || current.firstAt === null || current.lastAt === null)
    throw new Error('a round ended incomplete');
  return {
    sendToAck: current.ackAt === null ? null : current.ackAt - current.sentAt,
    sendToFirst: current.firstAt - current.sentAt,
    sendToAll: current.lastAt - current.sentAt,
    firstToLast: current.lastAt - current.firstAt,
  };
}

/** The baseline's frame: the shape of Praxis's `message` frame and, once known, its size. */
function bareFrame(clientId: string) {
  const empty = JSON.stringify({ type: 'message', message: { clientId, body: '' } });
  const body = 'x'.repeat(Math.max(0, (frameBytes.praxis || 600) - empty.length));
  return JSON.stringify({ type: 'message', message: { clientId, body } });
}

// When each sender sent, so that none goes over the limit whatever the number of rounds; the
// wait, when there is one, happens before the clock starts. A second of margin for the clocks.
const sentAt = praxisSenders.map(() => [] as number[]);
let pacedRounds = 0;
async function pace(sender: number) {
  const times = sentAt[sender] ?? [];
  const windowMs = SEND_LIMIT.windowMs + 1000;
  while (times.length > 0 && Date.now() - (times[0] ?? 0) >= windowMs) times.shift();
  if (times.length >= SEND_LIMIT.messages) {
    pacedRounds += 1;
    await new Promise((resolve) => setTimeout(resolve, (times[0] ?? 0) + windowMs - Date.now()));
    times.shift();
  }
  times.push(Date.now());
}

async function praxisRound(index: number) {
  const sender = index % senderCount;
  const socket = praxisSenders[sender];
  if (!socket) throw new Error('no sender socket');
  await pace(sender);
  return measure('praxis', (clientId) =>
    socket.send({
      type: 'send',
      roomId: server.roomId,
      clientId,
      body: `Bench message **${clientId}**`,
    }),
  );
}

const bareRound = () => measure('bareWs', (clientId) => bareSender.send(bareFrame(clientId)));

type Sample = Awaited<ReturnType<typeof measure>>;
const samples: Record<System, Sample[]> = { bareWs: [], praxis: [] };
const started = performance.now();
for (let index = 0; index < warmUpRounds + rounds; index += 1) {
  // Praxis first in the first round, so that the baseline's frames soon have the same size;
  // after that, each goes first every other round.
  const praxisFirst = index % 2 === 0;
  const first = praxisFirst ? await praxisRound(index) : await bareRound();
  const second = praxisFirst ? await bareRound() : await praxisRound(index);
  if (index < warmUpRounds) continue;
  samples.praxis.push(praxisFirst ? first : second);
  samples.bareWs.push(praxisFirst ? second : first);
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
const measures = (system: System, withAck: boolean) => {
  const of = (pick: (sample: Sample) => number | null) =>
    summary(samples[system].map((sample) => pick(sample) ?? 0));
  return {
    ...(withAck ? { sendToAck: of((sample) => sample.sendToAck) } : {}),
    sendToFirstSubscriber: of((sample) => sample.sendToFirst),
    sendToAllSubscribers: of((sample) => sample.sendToAll),
    firstToLastSubscriber: of((sample) => sample.firstToLast),
  };
};
const latencyMs = { bareWs: measures('bareWs', false), praxis: measures('praxis', true) };
const ratio = (value: number, base: number) => Number((value / base).toFixed(2));
const ratioToBareWs = {
  sendToAllMedian: ratio(
    latencyMs.praxis.sendToAllSubscribers.median,
    latencyMs.bareWs.sendToAllSubscribers.median,
  ),
  sendToAllP95: ratio(
    latencyMs.praxis.sendToAllSubscribers.p95,
    latencyMs.bareWs.sendToAllSubscribers.p95,
  ),
  firstToLastMedian: ratio(
    latencyMs.praxis.firstToLastSubscriber.median,
    latencyMs.bareWs.firstToLastSubscriber.median,
  ),
  firstToLastP95: ratio(
    latencyMs.praxis.firstToLastSubscriber.p95,
    latencyMs.bareWs.firstToLastSubscriber.p95,
  ),
};
const record = {
  benchmark: 'chat',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  /** The machine's load averages (1, 5, 15 minutes) when the run started and ended. */
  loadAverage: { before: loadBefore, after: loadavg() },
  database: server.database,
  rounds,
  warmUpRounds,
  subscribers: subscriberCount,
  senders: senderCount,
  pacedRounds,
  setupSeconds: Number(setupSeconds.toFixed(1)),
  seconds: Number(seconds.toFixed(1)),
  frameBytes,
  latencyMs,
  ratioToBareWs,
  target: { sendToAllP95Ratio: targetRatio, holds: ratioToBareWs.sendToAllP95 <= targetRatio },
  otherFrames,
  errors,
};
console.table({ ...prefixed('ws', latencyMs.bareWs), ...prefixed('praxis', latencyMs.praxis) });
console.log(ratioToBareWs, record.target);
if (errors.length > 0) console.warn(`errors: ${errors.join('\n')}`);

function prefixed(prefix: string, values: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`${prefix} ${key}`, value]),
  );
}

const sockets = [...bareSubscribers, bareSender, ...praxisSubscribers, ...praxisSenders];
await Promise.all(sockets.map((socket) => socket.close()));
await Promise.all([praxis.stop(), bare.stop()]);
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `chat-${record.database}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
