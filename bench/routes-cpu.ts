import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@praxis/api/testing/free-port';
import pg from 'pg';
import {
  chooseWords,
  findRoutes,
  openSessions,
  SESSION_COOKIE,
  sessionHash,
} from './routes-capture.ts';
import { loadInChild } from './routes-load.ts';
import { processCpuMs } from './server-process.ts';

// The app's own CPU time per request, route by route: on a machine shared with other work,
// requests per second say more about the neighbours than about the app, and CPU time does not.
// Starts the compiled server as routes.ts does (production, RUN_JOBS=off) on BENCH_DATABASE_URL
// (a database `pnpm bench:seed` filled), loads each route with autocannon from another process
// and reads the server process's utime + stime from /proc before and after.
// BENCH_CPU_PROFILE_DIR: the server writes a CPU profile (node --cpu-prof) there when it stops.
// BENCH_CPU_BUILDS: other builds to compare, as `label=/path/to/apps/api` (its dist/server.mjs),
// comma-separated, each optionally followed by `=<node flags>` (`=--max-semi-space-size=64`); all run at once and take turns route by route for BENCH_ROUNDS rounds, so
// that the other work on the machine weighs on each alike. Medians count.

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('set BENCH_DATABASE_URL to a database bench:seed filled');
const memberCount = Number(process.env.BENCH_MEMBERS ?? 2000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const only = process.env.BENCH_ROUTES?.split(',');
const label = process.env.BENCH_LABEL ?? 'cpu';
const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);

const builds = [
  { label: 'current', apiRoot: fileURLToPath(new URL('../apps/api/', import.meta.url)), flags: '' },
  ...(process.env.BENCH_CPU_BUILDS?.split(',') ?? []).map((entry) => {
    const [buildLabel = '', apiRoot = '', ...rest] = entry.split('=');
    const flags = rest.join('=');
    return { label: buildLabel, apiRoot, flags };
  }),
];

async function startServerProcess(apiRoot: string, flags: string) {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'praxis-cpu-'));
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, ...flags.split(' ').filter(Boolean), 'dist/server.mjs'],
    {
      cwd: apiRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        PUBLIC_ORIGIN: `http://localhost:${port}`,
        NODE_ENV: 'production',
        MAIL_OUTBOX: 'on',
        PRAXIS_SEED: 'none',
        RUN_JOBS: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const up = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    origin,
    pid: child.pid as number,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Asks `path` once with each cookie, a few at a time. */
async function visitOnce(origin: string, path: string, cookies: string[]) {
  let next = 0;
  const ask = async () => {
    for (let cookie = cookies[next++]; cookie; cookie = cookies[next++]) {
      const response = await fetch(`${origin}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: connections }, ask));
}

const servers = await Promise.all(
  builds.map(async (build) => ({
    ...build,
    ...(await startServerProcess(build.apiRoot, build.flags)),
  })),
);
const sessions = await openSessions(databaseUrl, memberCount);
// Sessions are written to end in a day: the first request of each would refresh it (a write and
// a cookie), and the build that happened to ask first would pay for it. They start refreshed.
const refresh = new pg.Client({ connectionString: databaseUrl });
await refresh.connect();
await refresh.query(
  `update sessions set expires_at = now() + interval '30 days' where id = any($1::text[])`,
  [sessions.readers.map((reader) => sessionHash(reader.token))],
);
await refresh.end();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
try {
  const cookies = sessions.readers.map((reader) => `${SESSION_COOKIE}=${reader.token}`);
  const [first] = sessions.readers;
  const [main] = servers;
  if (!first || !main) throw new Error('no readers');
  // The search routes' words, chosen from the data as routes.ts chooses them.
  const words = await chooseWords(databaseUrl);
  const routes = [
    { name: 'health', path: '/api/health' },
    { name: 'profile', path: '/api/profile' },
    ...(await findRoutes(main.origin, first, words)),
  ].filter((route) => !only || only.includes(route.name));
  const figures: Record<string, unknown>[] = [];
  for (const route of routes) {
    const perBuild = new Map(servers.map((server) => [server.label, [] as number[]]));
    const rates = new Map(servers.map((server) => [server.label, [] as number[]]));
    // Each reader asks once first, as routes.ts's capture does: a reader's first visit to a
    // thread writes its read mark, and the build that happened to serve it would pay for it.
    await visitOnce(main.origin, route.path, cookies);
    for (const server of servers) {
      await loadInChild({
        url: `${server.origin}${route.path}`,
        cookies,
        connections,
        seconds: 2,
        rate: 0,
      });
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const server of servers) {
        const url = `${server.origin}${route.path}`;
        const before = await processCpuMs(server.pid);
        const load = await loadInChild({ url, cookies, connections, seconds, rate: 0 });
        const used = (await processCpuMs(server.pid)) - before;
        if (load.non2xx > 0 || load.errors > 0) throw new Error(`${route.name}: failed answers`);
        perBuild.get(server.label)?.push(used / load.requests);
        rates.get(server.label)?.push(load.requestsPerSecond);
      }
    }
    const row = {
      route: route.name,
      ...Object.fromEntries(
        servers.map((server) => [
          server.label,
          {
            cpuMsPerRequest: Number(median(perBuild.get(server.label) ?? []).toFixed(3)),
            rounds: (perBuild.get(server.label) ?? []).map((value) => Number(value.toFixed(3))),
            requestsPerSecond: median(rates.get(server.label) ?? []),
          },
        ]),
      ),
    };
    figures.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }
  const out = process.env.BENCH_CPU_OUT;
  if (out) await writeFile(out, `${JSON.stringify({ label, figures }, null, 2)}\n`);
} finally {
  await sessions.end();
  await Promise.all(servers.map((server) => server.stop()));
}
