import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import type { RealtimeServerReady } from './realtime-server.ts';
import {
  type Memory,
  type ServerProcess,
  startServerProcess,
  waitForConnections,
} from './server-process.ts';
import {
  type ClientSocket,
  openMany,
  openPraxisSocket,
  openSocket,
  settle,
} from './socket-clients.ts';
import type { WsServerReady } from './ws-server.ts';

// What an idle websocket costs the server: BENCH_SOCKETS sockets (default 1,000) are opened,
// left alone, and the server's memory is read with none and with all of them open; the difference
// divided by their number is the cost of one. On Praxis each socket is a tab of its own member,
// signed in, past its `hello` and subscribed to the network room; on the baseline, a bare `ws`
// server holding sockets that say nothing. Each server runs in a process of its own, collects
// its garbage before it answers (server-process.ts), and goes through the cycle twice: the first
// grows what grows once whatever the number of sockets (compiled code, pools, the embedded
// database's memory), the second is the one that counts. With BENCH_EXISTING=1 and
// BENCH_DATABASE_URL naming the large network, the sockets are its own members', signed in by
// writing their sessions (realtime-server.ts), up to all ten thousand.

const socketCount = Number(process.env.BENCH_SOCKETS ?? 1000);
const existing = process.env.BENCH_EXISTING === '1';
const loadBefore = loadavg();
/**
 * Sockets of each cycle: the first only grows what grows once, so BENCH_WARM_UP_SOCKETS may make
 * it smaller (each connection is announced to everyone online: ten thousand take minutes).
 */
const cycleSockets = [Number(process.env.BENCH_WARM_UP_SOCKETS ?? socketCount), socketCount];
/** Long enough for the hub's beat (10 s), which forgets the frame budgets of idle members. */
const idleMs = 12_000;
/** Each member who connects is announced to everyone online: the work grows with the square. */
const settleTimeoutMs = 600_000;

const [praxis, bare] = await Promise.all([
  startServerProcess<RealtimeServerReady>('realtime-server.ts', [
    String(socketCount),
    ...(existing ? ['existing'] : []),
  ]),
  startServerProcess<WsServerReady>('ws-server.ts'),
]);

interface Cycle {
  /** With no socket open, before the sockets open. */
  empty: Memory;
  /** With every socket open and idle. */
  loaded: Memory;
  /** With none open again, after they all closed. */
  closed: Memory;
  /** Until every socket was open (and subscribed), then until the frames they caused died down. */
  seconds: { open: number; quiet: number };
}

const idle = () => new Promise((resolve) => setTimeout(resolve, idleMs));

/**
 * Each reading is taken after the server has been left alone for `idleMs`: what it still does
 * for sockets that just opened or closed (presence, budgets) is not counted as their cost.
 */
async function measure(
  server: ServerProcess<unknown>,
  open: (index: number) => Promise<ClientSocket>,
): Promise<Cycle[]> {
  const measured: Cycle[] = [];
  await idle();
  let empty = await server.command<Memory>('memory');
  for (const count of cycleSockets) {
    const from = performance.now();
    const sockets = await openMany(count, open);
    await waitForConnections(server, count);
    const opened = performance.now();
    await settle(2000, settleTimeoutMs);
    const seconds = {
      open: Math.round((opened - from) / 1000),
      quiet: Math.round((performance.now() - opened) / 1000),
    };
    process.stderr.write(
      `${count} sockets open in ${seconds.open} s, quiet ${seconds.quiet} s later\n`,
    );
    await idle();
    const loaded = await server.command<Memory>('memory');
    await Promise.all(sockets.map((socket) => socket.close()));
    await waitForConnections(server, 0);
    await settle(2000, settleTimeoutMs);
    await idle();
    const closed = await server.command<Memory>('memory');
    measured.push({ empty, loaded, closed, seconds });
    empty = closed;
  }
  return measured;
}

const bareCycles = await measure(bare, (index) =>
  openSocket(`${bare.ready.wsUrl}/subscriber`, index),
);
const praxisCycles = await measure(praxis, (index) => openPraxisSocket(praxis.ready, index, true));
await Promise.all([praxis.stop(), bare.stop()]);

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
/** Per socket, in KiB, of the cycle that counts: with all sockets open against none. */
function perSocket(measured: Cycle[]) {
  const last = measured.at(-1);
  if (!last) throw new Error('nothing measured');
  const { empty, loaded, closed } = last;
  const each = (pick: (memory: Memory) => number) => kb((pick(loaded) - pick(empty)) / socketCount);
  return {
    heapPlusExternalKiB: each((memory) => memory.heapUsed + memory.external),
    heapUsedKiB: each((memory) => memory.heapUsed),
    externalKiB: each((memory) => memory.external),
    rssKiB: each((memory) => memory.rss),
    /** What closing every socket did not give back, per socket: a leak would show here. */
    keptAfterCloseKiB: kb(
      (closed.heapUsed + closed.external - empty.heapUsed - empty.external) / socketCount,
    ),
  };
}

const results = { bareWs: perSocket(bareCycles), praxis: perSocket(praxisCycles) };
const record = {
  benchmark: 'idle-sockets',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: praxis.ready.database,
  members: existing ? 'existing' : 'new',
  note: process.env.BENCH_NOTE ?? null,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  sockets: socketCount,
  warmUpSockets: cycleSockets[0],
  idleSeconds: idleMs / 1000,
  perSocket: results,
  /** The whole process, with every socket open and idle, in MiB. */
  rssMiB: {
    bareWs: Math.round((bareCycles.at(-1)?.loaded.rss ?? 0) / 2 ** 20),
    praxis: Math.round((praxisCycles.at(-1)?.loaded.rss ?? 0) / 2 ** 20),
  },
  ratioToBareWs: Number(
    (results.praxis.heapPlusExternalKiB / results.bareWs.heapPlusExternalKiB).toFixed(2),
  ),
  target: {
    praxisKiB: 30,
    holds: results.praxis.heapPlusExternalKiB <= 30,
  },
  cycles: { bareWs: bareCycles, praxis: praxisCycles },
};
console.table(results);
console.log(`ratio ${record.ratioToBareWs}`, record.target);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const size = existing ? `-${socketCount}` : '';
const name = `idle-sockets-${record.database}${size}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
