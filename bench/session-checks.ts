import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { checkSessionsOf } from '@praxis/api/realtime/session-checks';
import type { AccountMember } from '@praxis/contracts/members';
import { buildBenchApp, openBenchDatabase } from './bench-app.ts';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { openSessions } from './routes-capture.ts';
import { median } from './routes-figures.ts';

// Every minute each instance checks again the session of every socket it holds (a session may
// have ended or its member changed role). BENCH_SOCKETS sockets (default 10,000, the large
// network's members, one session each) checked as the hub does it now, every lookup asked at once
// (`checkSessionsOf`, the lookups going together), against one lookup after another, as it did
// before; both through the app's own `sessions.memberFor`, in the same run, in turns. Counts the
// statements each sends and how long it takes. Needs BENCH_DATABASE_URL (the large network).

const socketCount = Number(process.env.BENCH_SOCKETS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) throw new Error('the session checks need BENCH_DATABASE_URL');

const loadBefore = loadavg();
const started = new Date();
const sessions = await openSessions(databaseUrl, socketCount);
let statements = 0;
const { database, close } = await openBenchDatabase({ onStatement: () => (statements += 1) });
const { app } = await buildBenchApp(database, true);
await app.ready();

const placeholder: AccountMember = { id: '', email: '', name: '', role: 'member', locale: null };
// Only what a check touches of a socket: its token, its member, and its close.
let closed = 0;
const connections = sessions.readers.map(({ token }) => ({
  sessionToken: token,
  member: placeholder,
  close: () => {
    closed += 1;
  },
}));
const memberFor = (token: string) => app.sessions.memberFor(token);

async function measure(check: () => Promise<unknown>) {
  statements = 0;
  const from = performance.now();
  await check();
  return { ms: Math.round(performance.now() - from), statements };
}

const oneAfterAnother = async () => {
  for (const connection of connections) {
    const member = await memberFor(connection.sessionToken);
    if (!member) connection.close();
  }
};
const together = () => checkSessionsOf(connections as never, memberFor);

// Warm-up, not recorded.
await measure(together);
type Figures = { ms: number; statements: number };
const samples: { round: number; oneAfterAnother: Figures; together: Figures }[] = [];
for (let round = 0; round < rounds; round += 1) {
  const before = await measure(oneAfterAnother);
  const now = await measure(together);
  samples.push({ round, oneAfterAnother: before, together: now });
  console.log(samples.at(-1));
}
if (closed > 0) throw new Error(`${closed} sessions were not found`);
await app.close();
await close();
await sessions.end();

const medianOf = (pick: (sample: (typeof samples)[number]) => number) => median(samples.map(pick));
const record = {
  benchmark: 'session-checks',
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  note: process.env.BENCH_NOTE ?? null,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  sockets: socketCount,
  rounds,
  medianMs: {
    oneAfterAnother: medianOf((sample) => sample.oneAfterAnother.ms),
    together: medianOf((sample) => sample.together.ms),
  },
  medianStatements: {
    oneAfterAnother: medianOf((sample) => sample.oneAfterAnother.statements),
    together: medianOf((sample) => sample.together.statements),
  },
  samples,
};
console.log(record.medianMs, record.medianStatements);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : '';
const name = `session-checks-${record.date.slice(0, 10)}${label}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
