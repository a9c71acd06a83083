import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { SEND_LIMIT } from '@praxis/contracts/chat-limits';
import type { RealtimeServerReady } from './realtime-server.ts';
import { median, percentiles } from './routes-figures.ts';
import { startServerProcess } from './server-process.ts';
import { openMany, openPraxisSocket, sendOnce } from './socket-clients.ts';
import type { StatementTally } from './statement-tally.ts';

// Many members writing into one room at once (the network room during a meetup's live hour):
// BENCH_SENDERS members' sockets (default 100), each sending BENCH_MESSAGES messages (default 20,
// chat's limit per 10 s) one after another as each is acknowledged, all senders at once. A room's
// messages take gap-free numbers from its row, so its sends queue for that row's lock until each
// one's transaction ends. Records each send's time to its `ack` and the messages stored a second,
// for BENCH_ROUNDS rounds (default 3; each waits out chat's rate-limit window first), and the
// server's statements and pool waits. The server runs in a process of its own
// (realtime-server.ts); with BENCH_EXISTING=1 and BENCH_DATABASE_URL, the large network's members.
// No baseline of its own: run each build, taking turns, and compare (BENCH_LABEL names the build).

const senderCount = Number(process.env.BENCH_SENDERS ?? 100);
const messages = Number(process.env.BENCH_MESSAGES ?? SEND_LIMIT.messages);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const existing = process.env.BENCH_EXISTING === '1';
process.env.BENCH_TALLY ??= '1';

const loadBefore = loadavg();
const started = new Date();
const server = await startServerProcess<RealtimeServerReady>('realtime-server.ts', [
  String(senderCount),
  ...(existing ? ['existing'] : []),
]);
const { roomId } = server.ready;
const senders = await openMany(senderCount, (index) =>
  openPraxisSocket(server.ready, index, false),
);

async function round(number: number) {
  const toAck: number[] = [];
  const refused: string[] = [];
  await server.command('tally');
  const from = performance.now();
  await Promise.all(
    senders.map(async (socket, index) => {
      for (let count = 0; count < messages; count += 1) {
        const sentAt = performance.now();
        const answer = await sendOnce(
          socket,
          roomId,
          `Live from the meetup, ${number}.${index}.${count}`,
        );
        if (answer === 'ack') toAck.push(performance.now() - sentAt);
        else refused.push(answer);
      }
    }),
  );
  const ms = performance.now() - from;
  const database = await server.command<StatementTally | null>('tally');
  return {
    round: number,
    ms: Math.round(ms),
    storedPerSecond: Math.round((toAck.length / ms) * 1000),
    sendToAckMs: percentiles(toAck),
    refused,
    database,
  };
}

const samples: Awaited<ReturnType<typeof round>>[] = [];
for (let number = 0; number < rounds; number += 1) {
  // Each member may send `SEND_LIMIT.messages` in a window: the previous round's must have passed.
  if (number > 0) await new Promise((resolve) => setTimeout(resolve, SEND_LIMIT.windowMs + 500));
  const sample = await round(number);
  if (sample.refused.length > 0) throw new Error(`sends refused: ${sample.refused.join(', ')}`);
  samples.push(sample);
  console.log({ ...sample, database: sample.database?.statements });
}
await Promise.all(senders.map((socket) => socket.close()));
await server.stop();

const medianOf = (pick: (sample: (typeof samples)[number]) => number) => median(samples.map(pick));
const record = {
  benchmark: 'room-sends',
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: server.ready.database,
  label: process.env.BENCH_LABEL ?? null,
  note: process.env.BENCH_NOTE ?? null,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  senders: senderCount,
  messagesPerSender: messages,
  rounds,
  medians: {
    storedPerSecond: medianOf((sample) => sample.storedPerSecond),
    sendToAckMs: {
      median: medianOf((sample) => sample.sendToAckMs.median),
      p95: medianOf((sample) => sample.sendToAckMs.p95),
      p99: medianOf((sample) => sample.sendToAckMs.p99),
    },
  },
  samples,
};
console.log(record.medians);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : '';
const name = `room-sends-${record.database}-${record.date.slice(0, 10)}${label}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
