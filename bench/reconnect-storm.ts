import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { presenceDigest } from '@praxis/contracts/presence-digest';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import type { RealtimeServerReady } from './realtime-server.ts';
import { median } from './routes-figures.ts';
import {
  type CpuMs,
  cpuSince,
  medianCpu,
  postgresCpuReader,
  type ServerProcess,
  startServerProcess,
  waitForConnections,
} from './server-process.ts';
import {
  type ClientSocket,
  type Frame,
  openMany,
  openPraxisSocket,
  openSocket,
  type RoomPosition,
  sendAcknowledged,
  settle,
} from './socket-clients.ts';
import type { StatementTally } from './statement-tally.ts';
import type { WsServerReady } from './ws-server.ts';

// A reconnect storm: BENCH_CLIENTS tabs (default 1,000; one member each) follow the network room,
// lose their sockets all at once (a server restart, a network blip), miss BENCH_MISSED messages
// meanwhile, and all reconnect at the same moment and resync as the web app does: each says which
// online list it holds (its digest) and, as soon as its socket opens, `subscribe` from the
// position it holds; `hello`, the missed messages read back from the database, then `subscribed`
// come back. Timed from the first
// reconnection to the last `subscribed`, against the time 1,000 fresh sockets take to open all
// at once on a bare `ws` server, in the same run, in turns.
// With BENCH_PARSE_AFTER=1 the tabs keep the storm's frames as bytes (reading only each one's
// type) and parse and check them once it is timed: the clients' process stands for a thousand
// browsers, each of which would parse its own frames on a CPU of its own.
// Each server runs in a process of its own, the clients in this one. With BENCH_EXISTING=1 and
// BENCH_DATABASE_URL naming the large network, the tabs are its members' (realtime-server.ts).

const clientCount = Number(process.env.BENCH_CLIENTS ?? 1000);
const missed = Number(process.env.BENCH_MISSED ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const existing = process.env.BENCH_EXISTING === '1';
/** Each sender may send 20 messages in 10 s: enough of them that the missed ones go at once. */
const senderCount = Math.max(1, Math.ceil(missed / 10));
const targetRatio = 2;
/** With BENCH_PARSE_AFTER=1 the tabs keep the storm's frames as bytes and parse them after it. */
const parseAfter = process.env.BENCH_PARSE_AFTER === '1';

// The server counts its statements and pool waits (statement-tally.ts) unless BENCH_TALLY=0.
process.env.BENCH_TALLY ??= '1';

const loadBefore = loadavg();
const started = new Date();
const [praxis, bare] = await Promise.all([
  startServerProcess<RealtimeServerReady>('realtime-server.ts', [
    String(clientCount + senderCount),
    ...(existing ? ['existing'] : []),
  ]),
  startServerProcess<WsServerReady>('ws-server.ts'),
]);
const server = praxis.ready;
const databaseUrl = benchDatabaseUrl();
const postgresCpuMs = databaseUrl ? await postgresCpuReader(databaseUrl) : async () => Number.NaN;
/** The CPU a storm takes, each process apart: their sum on the two CPUs bounds how quick it is. */
const cpuFrom = (side: ServerProcess<unknown>) => cpuSince(side.pid, postgresCpuMs);

/** Where each tab stands in the room, moved by `subscribed` and by the messages it receives. */
const positions: RoomPosition[] = Array.from({ length: clientCount }, () => ({
  afterSeq: 0,
  afterChange: 0,
}));
/**
 * The online list each tab holds, whose digest it sends when it reconnects, as the web app does.
 * Unlike the web app's, these tabs drop their list when a `presence` frame changes it (they
 * keep no set to apply it to), and the next `hello` then brings it whole. The digests are worked
 * out before each storm: a browser works out its own, not one process for a thousand tabs.
 */
const heldOnline: (string[] | null)[] = Array.from({ length: clientCount }, () => null);
/** Messages each tab received since its last reconnection. */
const received = new Uint32Array(clientCount);
/** When the last tab had its `hello` in the storm: the part before any room is asked for. */
let lastHelloAt = 0;
/** Frames the tabs received in the last storm, by type: what the storm costs beside the resync. */
let stormFrames: Record<string, number> = {};
/** And their bytes, by type. */
let stormBytes: Record<string, number> = {};
const listenerFor = (index: number) => (frame: Frame, at: number, bytes: number) => {
  const position = positions[index];
  if (!position) return;
  // A message taken out of a `messages` frame has no bytes of its own: not a frame.
  if (bytes > 0) {
    stormFrames[frame.type] = (stormFrames[frame.type] ?? 0) + 1;
    stormBytes[frame.type] = (stormBytes[frame.type] ?? 0) + bytes;
  }
  if (frame.type === 'hello') {
    lastHelloAt = Math.max(lastHelloAt, at);
    if (Array.isArray(frame.online)) heldOnline[index] = frame.online as string[];
  }
  if (frame.type === 'presence') heldOnline[index] = null;
  if (frame.type === 'message') {
    const message = frame.message as { seq: number; change: number };
    received[index] = (received[index] ?? 0) + 1;
    position.afterSeq = Math.max(position.afterSeq, message.seq);
    position.afterChange = Math.max(position.afterChange, message.change);
  } else if (frame.type === 'subscribed') {
    position.afterSeq = Math.max(position.afterSeq, Number(frame.lastSeq));
    position.afterChange = Math.max(position.afterChange, Number(frame.lastChange));
  }
};

let tabs = await openMany(clientCount, (index) =>
  openPraxisSocket(server, index, true, { listener: listenerFor(index) }),
);
const senders = await openMany(senderCount, (index) =>
  openPraxisSocket(server, clientCount + index, false),
);
await settle(2000, 300_000);

/** Every tab reconnects at the same moment; resolves with the time the last one had resynced. */
async function praxisStorm() {
  await Promise.all(tabs.map((tab) => tab.close()));
  await waitForConnections(praxis, senderCount);
  await sendAcknowledged(senders, server.roomId, missed, 'Missed while away');
  await settle(2000, 300_000);
  received.fill(0);
  lastHelloAt = 0;
  stormFrames = {};
  stormBytes = {};
  const digests = heldOnline.map((list) => (list ? presenceDigest(list) : null));
  await praxis.command('tally');
  await praxis.command('accepted');
  const cpu = await cpuFrom(praxis);
  const from = performance.now();
  tabs = await Promise.all(
    positions.map((position, index) =>
      openPraxisSocket(
        server,
        index,
        { ...position },
        {
          listener: listenerFor(index),
          onlineDigest: digests[index] ?? null,
          holdFrames: parseAfter,
        },
      ),
    ),
  );
  const ms = performance.now() - from;
  const cpuMs = await cpu();
  const parseFrom = performance.now();
  for (const tab of tabs) tab.takeHeld();
  const parseAfterMs = parseAfter ? Math.round(performance.now() - parseFrom) : null;
  const { per25Ms: accepted } = await praxis.command<{ per25Ms: number[] }>('accepted');
  const database = await praxis.command<StatementTally | null>('tally');
  let wrong = 0;
  for (const count of received) if (count !== missed) wrong += 1;
  await settle(2000, 300_000);
  return {
    ms,
    parseAfterMs,
    helloMs: lastHelloAt - from,
    cpuMs,
    accepted,
    frames: stormFrames,
    bytes: stormBytes,
    database,
    tabsWithoutExactlyTheMissed: wrong,
  };
}

async function bareStorm() {
  await bare.command('accepted');
  const cpu = await cpuFrom(bare);
  const from = performance.now();
  const sockets: ClientSocket[] = await Promise.all(
    positions.map((_, index) => openSocket(`${bare.ready.wsUrl}/subscriber`, index)),
  );
  const ms = performance.now() - from;
  const cpuMs = await cpu();
  const { per25Ms: accepted } = await bare.command<{ per25Ms: number[] }>('accepted');
  await Promise.all(sockets.map((socket) => socket.close()));
  await waitForConnections(bare, 0);
  return { ms, cpuMs, accepted };
}

// Warm-up, not recorded: each side's storm path compiled, the clients' too.
await bareStorm();
const warmUp = await praxisStorm();
const samples: {
  round: number;
  bareWsMs: number;
  praxisMs: number;
  praxisLastHelloMs: number;
  /** With BENCH_PARSE_AFTER=1, how long the clients' process took to parse the frames after. */
  praxisParseAfterMs: number | null;
  /** CPU ms of each process over each side's storm (`cpuFrom`). */
  bareCpuMs: CpuMs;
  praxisCpuMs: CpuMs;
  /** Connections each server accepted in each 25 ms of its storm (`acceptedConnections`). */
  bareAcceptedPer25Ms: number[];
  praxisAcceptedPer25Ms: number[];
  framesReceived: Record<string, number>;
  /** The bytes of those frames, by type. */
  bytesReceived: Record<string, number>;
  /** The server's statements by kind and its pool waits, from the first reconnection to the last `subscribed`. */
  serverDatabase: StatementTally | null;
  wrong: number;
}[] = [];
for (let round = 0; round < rounds; round += 1) {
  const bareRound = await bareStorm();
  const praxisRound = await praxisStorm();
  samples.push({
    round,
    bareWsMs: Math.round(bareRound.ms),
    praxisMs: Math.round(praxisRound.ms),
    praxisLastHelloMs: Math.round(praxisRound.helloMs),
    praxisParseAfterMs: praxisRound.parseAfterMs,
    bareCpuMs: bareRound.cpuMs,
    praxisCpuMs: praxisRound.cpuMs,
    bareAcceptedPer25Ms: bareRound.accepted,
    praxisAcceptedPer25Ms: praxisRound.accepted,
    framesReceived: praxisRound.frames,
    bytesReceived: praxisRound.bytes,
    serverDatabase: praxisRound.database,
    wrong: praxisRound.tabsWithoutExactlyTheMissed,
  });
  console.log(samples.at(-1));
}
await Promise.all([...tabs, ...senders].map((socket) => socket.close()));
await Promise.all([praxis.stop(), bare.stop()]);

const bareMs = median(samples.map((sample) => sample.bareWsMs));
const praxisMs = median(samples.map((sample) => sample.praxisMs));
const ratio = Number((praxisMs / bareMs).toFixed(2));
const record = {
  benchmark: 'reconnect-storm',
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: server.database,
  members: existing ? 'existing' : 'new',
  note: process.env.BENCH_NOTE ?? null,
  parseAfter,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  clients: clientCount,
  missedPerTab: missed,
  rounds,
  medianMs: {
    bareWsFreshConnects: bareMs,
    praxisReconnectAndResync: praxisMs,
    praxisLastHello: median(samples.map((sample) => sample.praxisLastHelloMs)),
  },
  medianCpuMs: {
    bare: medianCpu(samples.map((sample) => sample.bareCpuMs)),
    praxis: medianCpu(samples.map((sample) => sample.praxisCpuMs)),
  },
  ratio,
  target: { ratio: targetRatio, holds: ratio <= targetRatio },
  /** Tabs whose catch-up did not bring exactly what they missed, the warm-up's too: must be 0. */
  tabsWithWrongCatchUp: samples.reduce(
    (total, sample) => total + sample.wrong,
    warmUp.tabsWithoutExactlyTheMissed,
  ),
  samples,
};
console.log(record.medianMs, record.medianCpuMs, `ratio ${ratio}`, record.target);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const size = clientCount === 1000 ? '' : `-${clientCount}`;
const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : '';
const name = `reconnect-storm-${record.database}${size}-${record.date.slice(0, 10)}${label}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
