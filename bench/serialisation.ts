import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import autocannon from 'autocannon';

// Requests per second of one JSON route in several server shapes, as ratios of the bare Node
// baseline measured in the same run. Each shape runs in its own process; the load comes from
// this one. On a small machine the load generator shares the cores with the server, so the
// shapes take turns over several rounds and the median round counts. Results are written to
// bench/results/.

const shapes = ['node', 'fastify-untyped', 'json-schema', 'zod'] as const;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const connections = 50;
const port = 39_871;

async function startServer(shape: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'serialisation-server.ts', shape, String(port)],
    {
      cwd: import.meta.dirname,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  if (!chunk.toString().includes('ready')) throw new Error(`${shape} server did not start`);
  return child;
}

async function load(duration: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/members`,
    connections,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result;
}

const samples = Object.fromEntries(
  shapes.map((shape) => [shape, [] as { requestsPerSecond: number; latencyP99Ms: number }[]]),
);
for (let round = 0; round < rounds; round += 1) {
  for (const shape of shapes) {
    const server = await startServer(shape);
    try {
      await load(2); // warm-up: JIT, connection pools
      const result = await load(seconds);
      samples[shape]?.push({
        requestsPerSecond: Math.round(result.requests.average),
        latencyP99Ms: result.latency.p99,
      });
    } finally {
      server.kill();
      await once(server, 'exit');
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
const measured = Object.fromEntries(
  shapes.map((shape) => {
    const runs = samples[shape] ?? [];
    return [
      shape,
      {
        requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
        latencyP99Ms: median(runs.map((run) => run.latencyP99Ms)),
        rounds: runs.map((run) => run.requestsPerSecond),
      },
    ];
  }),
);

const baseline = measured.node?.requestsPerSecond ?? Number.NaN;
const rows = shapes.map((shape) => ({
  shape,
  ...measured[shape],
  ratioToNode: Number(((measured[shape]?.requestsPerSecond ?? 0) / baseline).toFixed(2)),
}));
console.table(rows);

const record = {
  benchmark: 'serialisation',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  secondsPerRound: seconds,
  rounds,
  connections,
  results: rows,
};
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const file = new URL(`serialisation-${record.date.slice(0, 10)}.json`, resultsDir);
await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${file.pathname.split('/').at(-1)}`);
