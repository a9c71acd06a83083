import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import {
  chooseWords,
  findRoutes,
  openSessions,
  type Route,
  SESSION_COOKIE,
  startApp,
} from './routes-capture.ts';
import { explainRoutes } from './routes-explain.ts';
import { atOneRate, type Run, summary } from './routes-figures.ts';
import { loadInChild } from './routes-load.ts';
import { captureStatements, statementListener } from './routes-statements.ts';
import {
  postgresCpuReader,
  processCpuMs,
  processSyscalls,
  startServerProcess,
} from './server-process.ts';

// Each hot read of Praxis against the hand-written limit of the same work: the compiled server in
// production against a `node:http` + `pg` server running exactly the statements the route ran
// (captured from the app's statement log), on the database BENCH_DATABASE_URL names. Each in a
// process of its own, loaded by autocannon from a third. Results in bench/results/.

const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) {
  process.stderr.write(
    'BENCH_DATABASE_URL must name a PostgreSQL database (an empty one gets the demo network)\n',
  );
  process.exit(2);
}
const memberCount = Number(process.env.BENCH_MEMBERS ?? 200);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const label = process.env.BENCH_LABEL ?? 'postgres';
const only = process.env.BENCH_ROUTES?.split(',');
// The app's pool: createDb's default, which the server keeps.
const POOL_SIZE = 10;
// A member's rate limit is per minute; the load stays this far under it, all readers together.
const LIMIT_SHARE = 0.8;
const TARGET_THROUGHPUT = 0.75;
const TARGET_P99 = 1.3;
// Node flags for the measured app and for the baseline (space-separated; V8's too, some of which
// NODE_OPTIONS refuses): a runtime setting can be tried on one side or both, and each run
// records what it used.
const appNodeFlags = process.env.BENCH_APP_NODE_FLAGS ?? '';
const baselineNodeFlags = process.env.BENCH_BASELINE_NODE_FLAGS ?? '';

const loadBefore = loadavg();

// PostgreSQL's CPU time, all its processes together, when it runs on this machine; NaN otherwise.
const postgresCpuMs = await postgresCpuReader(databaseUrl);
const started = new Date();

// 1. What each route runs, for each reader, with the server logging its statements.
const listener = statementListener();
const capturing = await startApp(
  databaseUrl,
  { LOG_SQL: 'on', LOG_LEVEL: 'debug' },
  { onOutput: listener.onOutput },
);
const sessions = await openSessions(databaseUrl, memberCount);
const { readers } = sessions;
const firstReader = readers[0];
if (!firstReader) throw new Error('no member to sign in');
let routes: Route[];
let captured: Awaited<ReturnType<typeof captureStatements>>;
try {
  const words = await chooseWords(databaseUrl);
  routes = (await findRoutes(capturing.origin, firstReader, words)).filter(
    (route) => !only || only.includes(route.name),
  );
  captured = await captureStatements(capturing.origin, listener, routes, readers);
} finally {
  await capturing.stop();
}
const { plans, limits } = captured;
const firstPlans = Object.fromEntries(
  routes.map((route) => [route.name, plans[route.name]?.[firstReader.token] ?? []]),
);
const explained = await explainRoutes(databaseUrl, firstPlans);

// 2. Both servers, and the load in turns.
const scratch = await mkdtemp(join(tmpdir(), 'praxis-routes-'));
const plansFile = join(scratch, 'plans.json');
await writeFile(plansFile, JSON.stringify(plans));
const baseline = await startServerProcess<{ origin: string }>(
  'routes-baseline-server.ts',
  [plansFile, databaseUrl, String(POOL_SIZE)],
  baselineNodeFlags.split(' ').filter(Boolean),
);
const app = await startApp(
  databaseUrl,
  { LOG_LEVEL: 'warn' },
  {
    nodeFlags: appNodeFlags.split(' ').filter(Boolean),
  },
);
const cookies = readers.map((reader) => `${SESSION_COOKIE}=${reader.token}`);

const results = [];
try {
  for (const route of routes) {
    const limit = limits[route.name] ?? 0;
    // All readers together, kept under the per-member limit; 0: no limit reported.
    const rate = limit > 0 ? Math.floor((LIMIT_SHARE * readers.length * limit) / 60) : 0;
    const urls = {
      app: `${app.origin}${route.path}`,
      baseline: `${baseline.ready.origin}/${route.name}`,
    };
    const pids = { app: app.pid, baseline: baseline.pid };
    // The server's own CPU time per answered request, read off /proc around the load: steadier
    // than requests a second on a machine where the two servers, PostgreSQL and the load share
    // the CPUs.
    const run = async (side: 'app' | 'baseline', duration: number, atRate = rate): Promise<Run> => {
      const before = await Promise.all([
        processCpuMs(pids[side]),
        postgresCpuMs(),
        processSyscalls(pids[side]),
      ]);
      const load = await loadInChild({
        url: urls[side],
        cookies,
        connections,
        seconds: duration,
        rate: atRate,
      });
      const after = await Promise.all([
        processCpuMs(pids[side]),
        postgresCpuMs(),
        processSyscalls(pids[side]),
      ]);
      const requests = Math.max(1, load.requests);
      return {
        ...load,
        cpuMsPerRequest: (after[0] - before[0]) / requests,
        postgresCpuMsPerRequest: (after[1] - before[1]) / requests,
        readsPerRequest: (after[2].reads - before[2].reads) / requests,
        writesPerRequest: (after[2].writes - before[2].writes) / requests,
      };
    };
    await run('app', 2); // warm-up: compiled code, pools, the database's cache
    await run('baseline', 2);
    const runs = { app: [] as Run[], baseline: [] as Run[] };
    for (let round = 0; round < rounds; round += 1) {
      const order =
        round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      for (const side of order) runs[side].push(await run(side, seconds));
    }
    const measured = { app: summary(runs.app), baseline: summary(runs.baseline) };
    // At saturation, each side's latency is mostly its queue: the p99 ratio then repeats the
    // throughput ratio. Both sides are loaded again at one rate, the throughput the target asks
    // of the app (TARGET_THROUGHPUT of the baseline's), so that the latencies compare like for
    // like. Routes held to a rate by the limits were measured at one rate already.
    const bound = rate > 0 && measured.baseline.requestsPerSecond >= 0.95 * rate;
    const equalRate = bound
      ? 0
      : Math.round(TARGET_THROUGHPUT * measured.baseline.requestsPerSecond);
    const equalRuns = { app: [] as Run[], baseline: [] as Run[] };
    for (let round = 0; equalRate > 0 && round < rounds; round += 1) {
      const order =
        round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      for (const side of order) equalRuns[side].push(await run(side, seconds, equalRate));
    }
    const atEqualLoad = equalRate > 0 ? atOneRate(equalRate, equalRuns) : null;
    const equalP99Ratio = atEqualLoad
      ? Number((atEqualLoad.app.p99Ms / atEqualLoad.baseline.p99Ms).toFixed(2))
      : null;
    const throughputRatio = measured.app.requestsPerSecond / measured.baseline.requestsPerSecond;
    const p99Ratio = measured.app.p99Ms / measured.baseline.p99Ms;
    const cpuRatio = measured.app.cpuMsPerRequest / measured.baseline.cpuMsPerRequest;
    const statements = firstPlans[route.name] ?? [];
    const row = {
      route: route.name,
      path: route.path,
      what: route.what,
      rateLimitPerMember: limit,
      loadRate: rate,
      // Both sides kept to the rate the limits allow: the throughput ratio then says nothing.
      boundByRateLimit: bound,
      statements: statements.flat().length,
      concurrentGroups: statements.filter((group) => group.length > 1).length,
      usesOffset: (explained[route.name] ?? []).some((statement) => statement.usesOffset),
      app: measured.app,
      baseline: measured.baseline,
      throughputRatio: Number(throughputRatio.toFixed(2)),
      p99Ratio: Number(p99Ratio.toFixed(2)),
      cpuRatio: Number(cpuRatio.toFixed(2)),
      meetsThroughput: throughputRatio >= TARGET_THROUGHPUT,
      meetsP99: p99Ratio <= TARGET_P99,
      atEqualLoad,
      equalLoadP99Ratio: equalP99Ratio,
      // An app that could not serve the rate fails; without the baseline's, there is no verdict.
      meetsP99AtEqualLoad:
        equalP99Ratio === null || !atEqualLoad?.served.baseline
          ? null
          : atEqualLoad.served.app && equalP99Ratio <= TARGET_P99,
    };
    results.push(row);
    console.log(
      `${route.name}: app ${row.app.requestsPerSecond} req/s p99 ${row.app.p99Ms} ms, baseline ${row.baseline.requestsPerSecond} req/s p99 ${row.baseline.p99Ms} ms; ratio ${row.throughputRatio}, p99 ratio ${row.p99Ratio}; CPU ms a request ${row.app.cpuMsPerRequest} / ${row.baseline.cpuMsPerRequest}, PostgreSQL's ${row.app.postgresCpuMsPerRequest} / ${row.baseline.postgresCpuMsPerRequest}; reads and writes a request ${row.app.readsPerRequest} + ${row.app.writesPerRequest} / ${row.baseline.readsPerRequest} + ${row.baseline.writesPerRequest}${row.boundByRateLimit ? ' (bound by the rate limit)' : ''}${atEqualLoad ? `; at ${atEqualLoad.rate} req/s each, p99 ${atEqualLoad.app.p99Ms} / ${atEqualLoad.baseline.p99Ms} ms` : ''}`,
    );
  }
} finally {
  await app.stop();
  await baseline.stop();
  await sessions.end();
  await rm(scratch, { recursive: true, force: true });
}

console.table(
  results.map(
    ({
      route,
      throughputRatio,
      p99Ratio,
      equalLoadP99Ratio,
      cpuRatio,
      app: a,
      baseline: b,
      boundByRateLimit,
    }) => ({
      route,
      app: a.requestsPerSecond,
      baseline: b.requestsPerSecond,
      throughputRatio,
      appP99: a.p99Ms,
      baselineP99: b.p99Ms,
      p99Ratio,
      equalLoadP99Ratio,
      appCpuMs: a.cpuMsPerRequest,
      baselineCpuMs: b.cpuMsPerRequest,
      cpuRatio,
      boundByRateLimit,
    }),
  ),
);

const record = {
  benchmark: 'routes',
  label,
  note: process.env.BENCH_NOTE ?? null,
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg(),
  readers: readers.length,
  connections,
  secondsPerRound: seconds,
  rounds,
  poolSize: POOL_SIZE,
  nodeFlags: { app: appNodeFlags, baseline: baselineNodeFlags },
  targets: { throughputRatio: TARGET_THROUGHPUT, p99Ratio: TARGET_P99 },
  results,
  statements: Object.fromEntries(
    routes.map((route) => [
      route.name,
      { groups: firstPlans[route.name], explained: explained[route.name] },
    ]),
  ),
};
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `routes-${label}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
