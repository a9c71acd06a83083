import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { median } from './routes-figures.ts';

// The real-time benchmarks run each server in a process of its own, away from the clients that
// load it, and talk to it over its stdin and stdout: one JSON object per line. The first line a
// server prints says where it listens; after that, each command line is answered with one line.

/** A command a server answers, by name. */
export type Commands = Record<string, () => unknown>;

/**
 * Server side: prints `ready`, then answers each command read from stdin; `stop` (whatever the
 * server does for it) ends the process once answered.
 */
export function answerCommands(ready: unknown, commands: Commands) {
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  const lines = createInterface({ input: process.stdin });
  // The benchmark that started the server is gone (it failed): the server goes too.
  lines.on('close', () => process.exit(1));
  lines.on('line', async (line) => {
    const name = line.trim();
    const command = commands[name];
    const answer = command ? await command() : { error: `unknown command ${name}` };
    process.stdout.write(`${JSON.stringify(answer ?? {})}\n`, () => {
      if (name === 'stop') process.exit(0);
    });
  });
}

/**
 * What `global.gc` leaves of the heap and the memory outside it (buffers, wasm), after several
 * collections: one can leave what weak maps and finalisers release to the next.
 */
export function memoryAfterGc() {
  const gc = globalThis.gc;
  if (!gc) throw new Error('start the server with --expose-gc');
  for (let pass = 0; pass < 4; pass += 1) gc();
  const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
  return { heapUsed, external, arrayBuffers, rss };
}
export type Memory = ReturnType<typeof memoryAfterGc>;

export interface ServerProcess<Ready> {
  ready: Ready;
  pid: number;
  command<Answer>(name: string): Promise<Answer>;
  stop(): Promise<void>;
}

/**
 * Client side: starts `script` under tsx with `--expose-gc` and `nodeFlags` and waits for its
 * first line. With BENCH_CPU_PROFILE_DIR set, the server writes a CPU profile there when it stops.
 */
export async function startServerProcess<Ready>(
  script: string,
  args: string[] = [],
  nodeFlags: string[] = [],
): Promise<ServerProcess<Ready>> {
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', ...profile, ...nodeFlags, '--import', 'tsx', script, ...args],
    { cwd: import.meta.dirname, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting: ((line: string) => void)[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  // Anything a server prints that is not a JSON object is passed through, not taken as an answer.
  lines.on('line', (line) => {
    if (!line.startsWith('{')) {
      process.stderr.write(`${script}: ${line}\n`);
      return;
    }
    waiting.shift()?.(line);
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then(() => reject(new Error(`${script} exited`)));
    });
  const ready = JSON.parse(await next()) as Ready;
  return {
    ready,
    pid: child.pid as number,
    async command<Answer>(name: string) {
      const answer = next();
      child.stdin?.write(`${name}\n`);
      return JSON.parse(await answer) as Answer;
    },
    async stop() {
      const answer = next().catch(() => '{}');
      child.stdin?.write('stop\n');
      await answer;
      await exited;
    },
  };
}

/** Resolves once the server (one that answers `connections`) holds exactly `count` sockets. */
export async function waitForConnections(server: ServerProcess<unknown>, count: number) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const { connections } = await server.command<{ connections: number }>('connections');
    if (connections === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server never had ${count} connections`);
}

/** The read and write system calls a process has made so far (`syscr`, `syscw` of /proc/<pid>/io). */
export async function processSyscalls(pid: number) {
  const io = await readFile(`/proc/${pid}/io`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(io)?.[1] ?? 0);
  return { reads: field('syscr'), writes: field('syscw') };
}

const ticksPerMs = 100 / 1000; // USER_HZ: /proc counts CPU time in hundredths of a second

/**
 * The CPU time a process and its children (a server's workers, ended ones included) have used so
 * far, in ms, from /proc.
 */
export async function processCpuMs(pid: number) {
  const stats = await Promise.all(
    (await readdir('/proc'))
      .filter((entry) => /^\d+$/.test(entry))
      .map((entry) => readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null)),
  );
  const processes = stats.flatMap((stat) => {
    if (stat === null) return [];
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // The 1st field is the pid; from the 3rd on, ppid is the 4th, utime and stime the 14th and
    // 15th, cutime and cstime the 16th and 17th.
    return [
      {
        pid: Number(stat.slice(0, stat.indexOf(' '))),
        ppid: Number(fields[1]),
        // utime and stime, and cutime and cstime: the children it has reaped (PostgreSQL's
        // backends that ended), whose own entries are gone. The files are read side by side: a
        // child reaped between its read and its parent's may count twice or not at all.
        ms:
          (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) /
          ticksPerMs,
      },
    ];
  });
  const tree = new Set([pid]);
  let total = 0;
  for (let grew = true; grew; ) {
    grew = false;
    for (const process of processes) {
      if (!tree.has(process.pid) && tree.has(process.ppid)) {
        tree.add(process.pid);
        grew = true;
      }
    }
  }
  for (const process of processes) if (tree.has(process.pid)) total += process.ms;
  return total;
}

/**
 * A reader of PostgreSQL's CPU time so far, in ms, all its processes together, when the server
 * behind `databaseUrl` runs on this machine (its postmaster.pid is readable); NaN otherwise.
 */
export async function postgresCpuReader(databaseUrl: string): Promise<() => Promise<number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const pid = await client
    .query<{ data_directory: string }>('show data_directory')
    .then(({ rows }) => readFile(join(rows[0]?.data_directory ?? '', 'postmaster.pid'), 'utf8'))
    .then((pidFile) => Number(pidFile.split('\n')[0]))
    .catch(() => null)
    .finally(() => client.end());
  return () => (pid === null ? Promise.resolve(Number.NaN) : processCpuMs(pid));
}

/** CPU ms of a benchmark's processes: a server, the clients (its own process), PostgreSQL. */
export type CpuMs = { server: number; clients: number; postgres: number };

/** Each process's median over rounds. */
export const medianCpu = (values: CpuMs[]): CpuMs => ({
  server: median(values.map((value) => value.server)),
  clients: median(values.map((value) => value.clients)),
  postgres: median(values.map((value) => value.postgres)),
});

/**
 * Starts counting the CPU time of the server `serverPid`, of this process (the clients) and of
 * PostgreSQL (`postgresCpuMs`, postgresCpuReader's; NaN on the embedded database, which is the
 * server's); the function returned gives what each has used since.
 */
export async function cpuSince(serverPid: number, postgresCpuMs: () => Promise<number>) {
  const [server, postgres] = await Promise.all([processCpuMs(serverPid), postgresCpuMs()]);
  // After the reading of /proc, and before the next: the clients' time leaves out both.
  const clients = process.cpuUsage();
  return async (): Promise<CpuMs> => {
    const used = process.cpuUsage(clients);
    const [serverNow, postgresNow] = await Promise.all([processCpuMs(serverPid), postgresCpuMs()]);
    return {
      server: Math.round(serverNow - server),
      clients: Math.round((used.user + used.system) / 1000),
      postgres: Math.round(postgresNow - postgres),
    };
  };
}

/**
 * When `server` accepted its connections: the function returned gives how many it accepted in
 * each 25 ms from the first since it was last called (`per25Ms`), and starts again. Node accepts
 * one connection a turn of its event loop (libuv 1.45 on), so a server in long turns leaves the
 * rest waiting in the kernel's queue.
 */
export function acceptedConnections(server: Server, bucketMs = 25) {
  let times: number[] = [];
  server.on('connection', () => times.push(performance.now()));
  return () => {
    const taken = times;
    times = [];
    const counts: number[] = [];
    for (const time of taken) {
      const bucket = Math.floor((time - (taken[0] ?? time)) / bucketMs);
      while (counts.length <= bucket) counts.push(0);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    return { per25Ms: counts };
  };
}
