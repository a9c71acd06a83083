import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { latencyPlot } from './latency-plot.ts';
import { embeddedServer, type LoadedServer, postgresServer } from './mixed-load-network.ts';
import {
  ACTIONS,
  type ClientPlan,
  HEALTH,
  REQUEST_TIMEOUT_MS,
  type StepFigures,
} from './mixed-load-workload.ts';

// How many members one server holds: the compiled server in production, in a process of its own,
// on the PostgreSQL database BENCH_DATABASE_URL names or on the embedded one, under the mixed
// workload of N members (mixed-load-workload.ts) from a load generator in another process
// (mixed-load-client.ts). A sweep over N, each step a fresh generator (its members connect,
// warm up, then are measured), until a step breaks the health limits; then a bisection between the
// last step that held and the first that did not. Every step is recorded, with the load average.

const databaseUrl = benchDatabaseUrl();
const database = databaseUrl ? 'postgres' : 'pglite';
const defaultSteps = databaseUrl ? '100,200,400,800,1600' : '25,50,100,200,400';
const steps = (process.env.BENCH_STEPS ?? defaultSteps).split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const warmUpSeconds = Number(process.env.BENCH_WARMUP ?? 15);
const bisections = Number(process.env.BENCH_BISECT ?? 2);
const label = process.env.BENCH_LABEL ?? database;
const most = Math.max(...steps);

const started = new Date();
const server: LoadedServer = databaseUrl
  ? await postgresServer(databaseUrl, most)
  : await embeddedServer(most);
if (server.tokens.length < most) throw new Error(`only ${server.tokens.length} members to sign in`);
const scratch = await mkdtemp(join(tmpdir(), 'praxis-mixed-plan-'));

function health(figures: StepFigures) {
  const broken: string[] = [];
  const { overall } = figures;
  const failureShare = (overall.serverErrors + overall.failures) / Math.max(1, overall.count);
  if (failureShare > HEALTH.maxFailureShare)
    broken.push(`failures ${(failureShare * 100).toFixed(3)} %`);
  for (const [kind, kindFigures] of Object.entries({ ...figures.kinds, overall })) {
    const judged = kind === 'overall' || kindFigures.count >= HEALTH.minCountForP99;
    if (judged && kindFigures.count > 0 && kindFigures.p99Ms > HEALTH.maxP99Ms)
      broken.push(`${kind} p99 ${kindFigures.p99Ms} ms`);
  }
  return { holds: broken.length === 0, failureShare, broken };
}

async function runStep(members: number) {
  const plan: ClientPlan = {
    baseUrl: server.baseUrl,
    origin: server.server.origin,
    tokens: server.tokens.slice(0, members),
    warmUpSeconds,
    seconds,
  };
  const planFile = join(scratch, `plan-${members}.json`);
  await writeFile(planFile, JSON.stringify(plan));
  const loadAverageBefore = loadavg();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-old-space-size=4096', '--import', 'tsx', 'mixed-load-client.ts', planFile],
    { cwd: import.meta.dirname, maxBuffer: 16 << 20 },
  );
  const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as StepFigures;
  const verdict = health(figures);
  const step = { ...figures, loadAverageBefore, loadAverageAfter: loadavg(), health: verdict };
  console.log(
    `${members} members: ${figures.scheduledPerSecond} req/s, p50 ${figures.overall.p50Ms} p95 ${figures.overall.p95Ms} p99 ${figures.overall.p99Ms} ms, 5xx+failed ${figures.overall.serverErrors + figures.overall.failures}, 429 ${figures.overall.status429}, load ${loadAverageBefore[0]?.toFixed(1)}: ${verdict.holds ? 'holds' : verdict.broken.join(', ')}`,
  );
  // The server catches its breath before the next step: queued jobs, closed sockets.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return step;
}

type Step = Awaited<ReturnType<typeof runStep>>;
const recorded: Step[] = [];
let held: number | null = null;
let broke: number | null = null;
try {
  for (const members of steps) {
    const step = await runStep(members);
    recorded.push(step);
    if (!step.health.holds) {
      broke = members;
      break;
    }
    held = members;
  }
  for (let round = 0; round < bisections && broke !== null; round += 1) {
    const members = Math.round(((held ?? 0) + broke) / 2 / 10) * 10;
    if (members <= (held ?? 0) || members >= broke) break;
    const step = await runStep(members);
    recorded.push(step);
    if (step.health.holds) held = members;
    else broke = members;
  }
} finally {
  await server.end();
  await rm(scratch, { recursive: true, force: true });
}

const record = {
  benchmark: 'mixed',
  label,
  database,
  note: process.env.BENCH_NOTE ?? null,
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
  membersSignedIn: server.tokens.length,
  secondsPerStep: seconds,
  warmUpSeconds,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  workload: ACTIONS,
  health: HEALTH,
  largestMembersHeld: held,
  smallestMembersBroken: broke,
  steps: [...recorded].sort((a, b) => a.members - b.members),
};
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `mixed-${label}-${record.date.slice(0, 10)}`;
await writeFile(new URL(`${name}.json`, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
await writeFile(new URL(`${name}.svg`, resultsDir), plot(record.steps));
console.log(
  `largest N that held: ${held ?? 'none'}; recorded in bench/results/${name}.json and .svg`,
);

function plot(sorted: Step[]) {
  const series = (pick: (step: Step) => number) =>
    sorted.map((step) => ({ x: step.members, y: pick(step) }));
  // The kinds judged on their own (enough requests for a p99).
  const worstKind = (step: Step) =>
    Math.max(
      0,
      ...Object.values(step.kinds)
        .filter((kind) => kind.count >= HEALTH.minCountForP99)
        .map((kind) => kind.p99Ms),
    );
  const loads = sorted.map((step) => step.loadAverageBefore[0] ?? 0);
  return latencyPlot({
    title: `Praxis, mixed workload on ${database === 'postgres' ? 'PostgreSQL' : 'the embedded database'}: latency against members online`,
    subtitle: `${record.date.slice(0, 10)}, Node ${process.version}, ${record.cpus} CPUs shared with other work (load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}); ${seconds} s per step`,
    xLabel: 'members active at once (N)',
    yLabel: 'latency from the time due',
    series: [
      { name: 'p50, all requests', color: '#1f77b4', points: series((step) => step.overall.p50Ms) },
      { name: 'p95, all requests', color: '#ff7f0e', points: series((step) => step.overall.p95Ms) },
      { name: 'p99, all requests', color: '#d62728', points: series((step) => step.overall.p99Ms) },
      {
        name: 'p99, worst kind judged',
        color: '#9467bd',
        dashed: true,
        points: series(worstKind).filter((point) => point.y > 0),
      },
    ],
    limits: [{ y: HEALTH.maxP99Ms, label: `p99 limit ${HEALTH.maxP99Ms} ms` }],
    marks: held === null ? [] : [{ x: held, label: `largest N held: ${held}` }],
  });
}
