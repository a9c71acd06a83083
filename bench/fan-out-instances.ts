import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import type { RealtimeServerReady } from './realtime-server.ts';
import { percentiles } from './routes-figures.ts';
import { startServerProcess } from './server-process.ts';
import { type ClientSocket, openMany, openPraxisSocket, settle } from './socket-clients.ts';

// Two instances of Praxis on one PostgreSQL database, which carries the fan-out between them
// (LISTEN/NOTIFY). Each message is sent by a socket on instance A; BENCH_SUBSCRIBERS sockets on
// A and as many on B (default 500 each, one member each) follow the room. A message reaches A's
// own subscribers along the single-instance path and B's across instances; both are timed on the
// same messages, to the last subscriber of each. Against them, a bare NOTIFY round trip, in the
// same run: a `pg` client LISTENing and another NOTIFYing, timed from the NOTIFY to its arrival.
// Each instance runs in a process of its own, the clients and both `pg` clients in this one.

const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) {
  process.stderr.write(
    'BENCH_DATABASE_URL must name a PostgreSQL database: two instances share it\n',
  );
  process.exit(2);
}
const subscriberCount = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);
const existing = process.env.BENCH_EXISTING === '1';
// A socket may send 20 messages in 10 s: with this many senders in turn, 300 rounds stay under.
const senderCount = 20;
const warmUpRounds = senderCount;
const roundTimeoutMs = 15_000;
const TARGET_NOTIFY_MULTIPLE = 1.5;

const loadBefore = loadavg();
const started = new Date();
const args = (count: number) => [String(count), ...(existing ? ['existing'] : [])];
const instanceA = await startServerProcess<RealtimeServerReady>(
  'realtime-server.ts',
  args(2 * subscriberCount + senderCount),
);
// B signs in one member of its own, to find the room; the sockets use A's sessions, which are
// in the same database.
const instanceB = await startServerProcess<RealtimeServerReady>('realtime-server.ts', args(1));
const onA = instanceA.ready;
const onB = { ...instanceB.ready, members: onA.members, roomId: onA.roomId };

const subscribersA = await openMany(subscriberCount, (index) => openPraxisSocket(onA, index, true));
const subscribersB = await openMany(subscriberCount, (index) =>
  openPraxisSocket(onB, subscriberCount + index, true),
);
const senders = await openMany(senderCount, (index) =>
  openPraxisSocket(onA, 2 * subscriberCount + index, false),
);
await settle(2000, 300_000);

const listener = new pg.Client({ connectionString: databaseUrl });
const notifier = new pg.Client({ connectionString: databaseUrl });
await Promise.all([listener.connect(), notifier.connect()]);
const NOTIFY_CHANNEL = 'bench_notify_round_trip';
await listener.query(`listen ${NOTIFY_CHANNEL}`);

/** From the NOTIFY sent to its arrival at the listening client: the database's own fan-out. */
async function notifyRoundTrip(): Promise<number> {
  const payload = randomUUID();
  const from = performance.now();
  const heard = new Promise<number>((resolve) => {
    const onNotification = (notification: pg.Notification) => {
      if (notification.payload !== payload) return;
      listener.off('notification', onNotification);
      resolve(performance.now() - from);
    };
    listener.on('notification', onNotification);
  });
  await notifier.query('select pg_notify($1, $2)', [NOTIFY_CHANNEL, payload]);
  return heard;
}

interface Round {
  clientId: string;
  remaining: { a: number; b: number };
  lastAt: { a: number; b: number };
  done: () => void;
}
let round: Round | null = null;
const errors: string[] = [];

function listen(side: 'a' | 'b', subscribers: ClientSocket[]) {
  for (const socket of subscribers) {
    socket.listener = (frame, at) => {
      if (frame.type === 'error') errors.push(JSON.stringify(frame));
      const message = frame.message as { clientId?: string } | undefined;
      if (frame.type !== 'message' || !round || message?.clientId !== round.clientId) return;
      round.remaining[side] -= 1;
      round.lastAt[side] = at;
      if (round.remaining.a === 0 && round.remaining.b === 0) round.done();
    };
  }
}
listen('a', subscribersA);
listen('b', subscribersB);

/** One message from A: the time to the last subscriber on A, and to the last one on B. */
async function messageRound(index: number) {
  const sender = senders[index % senderCount];
  if (!sender) throw new Error('no sender');
  const clientId = randomUUID();
  const sentAt = performance.now();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`a message reached not everyone: ${errors.join('; ')}`)),
      roundTimeoutMs,
    );
    round = {
      clientId,
      remaining: { a: subscriberCount, b: subscriberCount },
      lastAt: { a: 0, b: 0 },
      done: () => {
        clearTimeout(timer);
        resolve();
      },
    };
    sender.send({ type: 'send', roomId: onA.roomId, clientId, body: `Bench message ${clientId}` });
  });
  const finished = round as Round | null;
  round = null;
  if (!finished) throw new Error('a round ended incomplete');
  return { sameInstance: finished.lastAt.a - sentAt, otherInstance: finished.lastAt.b - sentAt };
}

const samples = {
  sameInstance: [] as number[],
  otherInstance: [] as number[],
  notify: [] as number[],
};
for (let index = 0; index < warmUpRounds + rounds; index += 1) {
  const message = await messageRound(index);
  const notify = await notifyRoundTrip();
  if (index < warmUpRounds) continue;
  samples.sameInstance.push(message.sameInstance);
  samples.otherInstance.push(message.otherInstance);
  samples.notify.push(notify);
}

await listener.end();
await notifier.end();
await Promise.all([...subscribersA, ...subscribersB, ...senders].map((socket) => socket.close()));
await instanceB.stop();
await instanceA.stop();

const latencyMs = {
  sameInstance: percentiles(samples.sameInstance),
  otherInstance: percentiles(samples.otherInstance),
  bareNotifyRoundTrip: percentiles(samples.notify),
};
const allowedP99 =
  latencyMs.sameInstance.p99 + TARGET_NOTIFY_MULTIPLE * latencyMs.bareNotifyRoundTrip.median;
const record = {
  benchmark: 'fan-out-instances',
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  members: existing ? 'existing' : 'new',
  note: process.env.BENCH_NOTE ?? null,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  subscribersPerInstance: subscriberCount,
  rounds,
  latencyMs,
  target: {
    rule: 'other-instance p99 <= same-instance p99 + 1.5 x the median bare NOTIFY round trip',
    allowedP99Ms: Number(allowedP99.toFixed(2)),
    holds: latencyMs.otherInstance.p99 <= allowedP99,
  },
  errors,
};
console.table(latencyMs);
console.log(record.target);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `fan-out-instances-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
