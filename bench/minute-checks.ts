import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { checkSessionsOf } from '@praxis/api/realtime/session-checks';
import { buildBenchApp, openBenchDatabase } from './bench-app.ts';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { openSessions, SESSION_COOKIE } from './routes-capture.ts';
import { median } from './routes-figures.ts';

// Every minute each instance checks again what its sockets hold: each socket's session (it may
// have ended, its member's role changed) and each followed topic (access may have changed). For
// BENCH_SOCKETS sockets (default 10,000, the large network's members, one session each, all in
// the network room), in rounds:
// - sessions: as the hub checks them, every lookup asked at once (`checkSessionsOf`, lookups going
//   together), against one lookup after another, as it did before; both through the app's own
//   `sessions.memberFor`, in the same run, in turns;
// - topics: the hub's own check of every socket's room (`hub.recheck`), run on each build to
//   compare (BENCH_LABEL names the build).
// Counts the statements each sends and how long it takes. Needs BENCH_DATABASE_URL.

const socketCount = Number(process.env.BENCH_SOCKETS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) throw new Error('the minute checks need BENCH_DATABASE_URL');

const loadBefore = loadavg();
const started = new Date();
const sessions = await openSessions(databaseUrl, socketCount);
let statements = 0;
const { database, close } = await openBenchDatabase({ onStatement: () => (statements += 1) });
const { app } = await buildBenchApp(database, true);
await app.ready();
const { hub } = app.realtime;
const memberFor = (token: string) => app.sessions.memberFor(token);

async function measure(check: () => Promise<unknown>) {
  statements = 0;
  const from = performance.now();
  await check();
  return { ms: Math.round(performance.now() - from), statements };
}

// Each member's socket, in memory, following the network room as a tab in it does.
const rooms = await app.inject({
  method: 'GET',
  url: '/api/rooms',
  headers: { cookie: `${SESSION_COOKIE}=${sessions.readers[0]?.token}` },
});
const room = (rooms.json() as { rooms: { id: string; kind: string }[] }).rooms.find(
  (each) => each.kind === 'network',
);
if (!room) throw new Error(`no network room: ${rooms.body}`);
const connections = await Promise.all(
  sessions.readers.map(async ({ token }) => {
    const member = await memberFor(token);
    if (!member) throw new Error('a session was not found');
    const socket = { bufferedAmount: 0, send() {}, close() {} };
    const connection = hub.connect(socket, member, token);
    if (!(await hub.follow(connection, `room:${room.id}`))) throw new Error('not in the room');
    return connection;
  }),
);
const memberIds = connections.map((connection) => connection.member.id);

let ended = 0;
const oneAfterAnother = async () => {
  for (const connection of connections) {
    if (!(await memberFor(connection.sessionToken))) ended += 1;
  }
};
const together = () =>
  checkSessionsOf(connections, memberFor, (error) => {
    throw error;
  });
const topics = () => hub.recheck(memberIds);

// Warm-up, not recorded.
await measure(together);
await measure(topics);
type Figures = { ms: number; statements: number };
const samples: {
  round: number;
  sessionsOneAfterAnother: Figures;
  sessionsTogether: Figures;
  topics: Figures;
}[] = [];
for (let round = 0; round < rounds; round += 1) {
  samples.push({
    round,
    sessionsOneAfterAnother: await measure(oneAfterAnother),
    sessionsTogether: await measure(together),
    topics: await measure(topics),
  });
  console.log(samples.at(-1));
}
const dropped = connections.filter(
  (connection) => connection.closed || connection.topics.size === 0,
);
if (ended > 0 || dropped.length > 0) throw new Error('a check dropped what it should have kept');
for (const connection of connections) hub.disconnect(connection);
await app.close();
await close();
await sessions.end();

const medianOf = (pick: (sample: (typeof samples)[number]) => Figures) => ({
  ms: median(samples.map((sample) => pick(sample).ms)),
  statements: median(samples.map((sample) => pick(sample).statements)),
});
const record = {
  benchmark: 'minute-checks',
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  label: process.env.BENCH_LABEL ?? null,
  note: process.env.BENCH_NOTE ?? null,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  sockets: socketCount,
  rounds,
  medians: {
    sessionsOneAfterAnother: medianOf((sample) => sample.sessionsOneAfterAnother),
    sessionsTogether: medianOf((sample) => sample.sessionsTogether),
    topics: medianOf((sample) => sample.topics),
  },
  samples,
};
console.log(record.medians);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : '';
const name = `minute-checks-${record.date.slice(0, 10)}${label}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
