import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@praxis/api/testing/server-process';
import type { Result } from 'lighthouse';
import { initialJsGzipBytes, initialScripts, loadedJsGzipBytes } from './initial-js.ts';
import {
  diagnosisOf,
  figuresOf,
  type RunFigures,
  runLighthouse,
  scriptPaths,
} from './lighthouse-run.ts';
import { type PageToRender, writeRenderedPages } from './rendered-page.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

// Lighthouse's mobile performance audit of the production build on the demo network, each page
// against the same page rendered, stripped of its scripts and served by bare node:http (the
// ceiling it could reach), in the same run. See README.md.

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const runs = Number(process.env.BENCH_RUNS ?? 3);
// A suffix for the result's name, such as `before` for a measurement before a change.
const label = process.env.BENCH_LABEL;
const reportsDir = process.env.BENCH_REPORTS;
const member = 'member1@praxis.example';
const targets = { initialJsGzipBytes: 150_000, score: 90, lcpMs: 2_500, cls: 0.05 };

const webDist =
  process.env.BENCH_WEB_DIST ?? fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'praxis-lighthouse-'));
// The build is measured from a copy, so that a rebuild during the run changes nothing.
const snapshot = join(scratch, 'web');
await cp(webDist, snapshot, { recursive: true });
const baselineDir = join(scratch, 'baseline');
await mkdir(baselineDir);

const loadBefore = loadavg();
const server = await startServer({
  database: 'embedded',
  env: { NODE_ENV: 'production', PRAXIS_SEED: 'demo', MAIL_OUTBOX: 'on', WEB_DIST: snapshot },
});
const { origin } = server;

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: 'praxis-demo' }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

async function read<T>(path: string, cookie: string): Promise<T> {
  const response = await fetch(`${origin}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Finds the pages, renders their baselines and measures the app and the baselines in turn. */
async function measure() {
  const cookie = await signIn(member);
  // The busiest thread on the first page and the busiest room: the heaviest of their kind.
  const { threads } = await read<{ threads: { id: string; replyCount: number }[] }>(
    '/api/threads',
    cookie,
  );
  const thread = [...threads].sort((a, b) => b.replyCount - a.replyCount)[0];
  const { rooms } = await read<{ rooms: { id: string; lastSeq: number }[] }>('/api/rooms', cookie);
  const room = [...rooms].sort((a, b) => b.lastSeq - a.lastSeq)[0];
  if (!thread || !room) throw new Error('the demo network has no thread or no room');

  // BENCH_PAGES (names, comma-separated) measures some of them only, while looking into one.
  const only = process.env.BENCH_PAGES?.split(',');
  const pages: (PageToRender & { name: string })[] = [
    { name: 'home', path: '/', cookie },
    { name: 'thread', path: `/threads/${thread.id}`, cookie },
    { name: 'chat', path: `/chat/${room.id}`, cookie },
    { name: 'login', path: '/login', cookie: null },
  ].filter((page) => !only || only.includes(page.name));

  await writeRenderedPages(origin, pages, baselineDir, chromiumPath, chromiumFlags);
  baseline = await startServerProcess<{ port: number }>('static-page-server.ts', [baselineDir]);
  const baselineOrigin = `http://127.0.0.1:${baseline.ready.port}`;

  const measured = new Map(
    pages.map((page) => [page.name, { praxis: [] as Result[], baseline: [] as Result[] }]),
  );
  // Rounds, and within a round the app and its baseline, take turns, so that the machine's
  // changing load falls on both alike.
  for (let round = 1; round <= runs; round += 1) {
    for (const page of pages) {
      const runsOf = measured.get(page.name);
      if (!runsOf) continue;
      runsOf.praxis.push(
        await runLighthouse(`${origin}${page.path}`, page.cookie, chromiumPath, chromiumFlags),
      );
      runsOf.baseline.push(
        await runLighthouse(`${baselineOrigin}${page.path}`, null, chromiumPath, chromiumFlags),
      );
      const last = figuresOf(runsOf.praxis.at(-1) as Result);
      console.log(
        `round ${round} ${page.name}: score ${last.score}, LCP ${Math.round(last.lcpMs)} ms, CLS ${last.cls.toFixed(3)}`,
      );
    }
  }
  return { pages, measured };
}

let baseline: ServerProcess<{ port: number }> | undefined;
// The servers stop even when a run fails, so that nothing is left listening.
const { pages, measured } = await measure().finally(async () => {
  await baseline?.stop();
  await server.stop();
});
const loadAfter = loadavg();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianFigures = (results: Result[]): RunFigures => {
  const all = results.map(figuresOf);
  const of = (key: keyof RunFigures) => median(all.map((figures) => figures[key]));
  return {
    score: of('score'),
    lcpMs: Math.round(of('lcpMs')),
    cls: Number(of('cls').toFixed(3)),
    tbtMs: Math.round(of('tbtMs')),
    fcpMs: Math.round(of('fcpMs')),
    transferBytes: of('transferBytes'),
    jsTransferBytes: of('jsTransferBytes'),
    requests: of('requests'),
  };
};
// The run whose score is the median one, whose diagnosis is recorded.
const medianRun = (results: Result[]) =>
  [...results].sort((a, b) => figuresOf(a).score - figuresOf(b).score)[
    Math.floor(results.length / 2)
  ] as Result;
const ratio = (praxis: number, base: number) => Number((praxis / Math.max(base, 1)).toFixed(2));

const entryScripts = await initialScripts(snapshot);
const record = {
  benchmark: 'lighthouse',
  date: new Date().toISOString(),
  label: label ?? null,
  lighthouse: '12.2.3',
  settings: 'mobile emulation, simulated throttling (Lighthouse defaults), performance only',
  runsPerPage: runs,
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore[0], after: loadAfter[0] },
  targets,
  initialJs: { gzipBytes: await initialJsGzipBytes(snapshot), scripts: entryScripts.length },
  pages: {} as Record<string, unknown>,
};
for (const page of pages) {
  const runsOf = measured.get(page.name);
  if (!runsOf) continue;
  const praxis = medianFigures(runsOf.praxis);
  const base = medianFigures(runsOf.baseline);
  const chosen = medianRun(runsOf.praxis);
  const loadedScripts = scriptPaths(chosen, origin);
  record.pages[page.name] = {
    path: page.path.replace(/[0-9a-f-]{36}/, ':id'),
    praxis: { ...praxis, loadedJsGzipBytes: await loadedJsGzipBytes(snapshot, loadedScripts) },
    baseline: base,
    ratios: {
      lcp: ratio(praxis.lcpMs, base.lcpMs),
      fcp: ratio(praxis.fcpMs, base.fcpMs),
      transferBytes: ratio(praxis.transferBytes, base.transferBytes),
    },
    runs: runsOf.praxis
      .map(figuresOf)
      .map(({ score, lcpMs, cls }) => ({ score, lcpMs: Math.round(lcpMs), cls })),
    benchmarkIndex: chosen.environment.benchmarkIndex,
    diagnosis: diagnosisOf(chosen),
  };
  if (reportsDir) {
    await mkdir(reportsDir, { recursive: true });
    await writeFile(join(reportsDir, `${page.name}.json`), JSON.stringify(chosen));
    await writeFile(
      join(reportsDir, `${page.name}-baseline.json`),
      JSON.stringify(medianRun(runsOf.baseline)),
    );
  }
}
await rm(scratch, { recursive: true, force: true });

console.table(
  Object.fromEntries(
    Object.entries(record.pages).map(([name, page]) => {
      const { praxis, ratios } = page as { praxis: RunFigures; ratios: { lcp: number } };
      return [
        name,
        {
          score: praxis.score,
          lcpMs: praxis.lcpMs,
          cls: praxis.cls,
          tbtMs: praxis.tbtMs,
          lcpRatio: ratios.lcp,
        },
      ];
    }),
  ),
);
console.log(
  `initial JS: ${record.initialJs.gzipBytes} bytes gzip in ${record.initialJs.scripts} scripts`,
);
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `lighthouse-${record.date.slice(0, 10)}${label ? `-${label}` : ''}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
