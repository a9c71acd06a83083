import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createScratchDatabase,
  scratchName,
  withServerLock,
} from '@praxis/db/testing/test-database';
import { freePort } from './free-port.ts';

const apiRoot = fileURLToPath(new URL('../../', import.meta.url));
// The compiled server, as `pnpm start` and the Docker image run it (built by `pnpm build`).
const serverEntry = 'dist/server.mjs';
/** How much of its output a server heard by `onOutput` keeps for `output()`. */
const OUTPUT_TAIL = 64 * 1024;

export interface RunningServer {
  origin: string;
  /** The PostgreSQL database it runs on; null on the embedded one. */
  databaseUrl: string | null;
  /** The server's process id, for reading what CPU time it used. */
  pid: number;
  output(): string;
  /** Ends the server as an operator would (SIGTERM) and removes what it was given. */
  stop(): Promise<void>;
  /** Ends the process at once, as a crash does: no goodbye to clients or the database. */
  kill(): Promise<void>;
}

/**
 * Starts the real, compiled server (the one `pnpm start` runs) on a random port and waits until it
 * answers its health check. Its database is a fresh one on the PostgreSQL server that
 * `TEST_DATABASE_URL` names, if set, unless the test needs the embedded one (the demo seed
 * only loads there); otherwise an embedded database in a temporary folder.
 */
export async function startServer(
  options: {
    database?: 'embedded' | 'any';
    /** A PostgreSQL database another server already uses: this one joins it, as a second instance. */
    databaseUrl?: string;
    env?: Record<string, string>;
    /** Flags for node itself (V8's among them, some of which NODE_OPTIONS refuses). */
    nodeFlags?: string[];
    /**
     * Hears the server's output as it comes (chunks, not lines); `output()` then keeps only its
     * last part, for the server's long logs (every SQL statement) not to be held whole.
     */
    onOutput?: (chunk: string) => void;
  } = {},
): Promise<RunningServer> {
  if (!existsSync(join(apiRoot, serverEntry))) {
    throw new Error(`${serverEntry} is missing: build the server first (pnpm build).`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'praxis-e2e-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const postgres = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : serverUrl && options.database !== 'embedded'
      ? options.env?.PRAXIS_SEED === 'demo'
        ? await createDemoDatabase(serverUrl)
        : await createScratchDatabase(serverUrl)
      : null;
  const origin = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', ...(options.nodeFlags ?? []), serverEntry],
    {
      cwd: apiRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATA_DIR: dataDir,
        PUBLIC_ORIGIN: origin,
        PRAXIS_SEED: 'none',
        LOG_LEVEL: 'warn',
        ...(postgres ? { DATABASE_URL: postgres.url, HOST: '127.0.0.1' } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const hear = (text: string) => {
    output += text;
    if (!options.onOutput) return;
    options.onOutput(text);
    if (output.length > OUTPUT_TAIL) output = output.slice(-OUTPUT_TAIL);
  };
  // Decoded as a stream: a character split between two chunks stays whole.
  child.stdout?.setEncoding('utf8').on('data', hear);
  child.stderr?.setEncoding('utf8').on('data', hear);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const healthy = await fetch(`${origin}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    origin,
    databaseUrl: postgres?.url ?? null,
    pid: child.pid as number,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
      await postgres?.drop();
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** How long a seeded demo template serves: its meetups and polls are dated from when it was seeded. */
const DEMO_TEMPLATE_HOURS = 1;

/**
 * A fresh database holding the demo network on the PostgreSQL server `serverUrl` names: a copy
 * of a template seeded once per build and hour (a copy takes a second or two; seeding by a
 * server takes ten or more). The template is named after the run's database, like the scratch
 * databases, so whoever drops those drops it too; it is remade when the server is rebuilt.
 */
async function createDemoDatabase(serverUrl: string) {
  const template = scratchName(serverUrl, 'demo');
  const built = String((await stat(join(apiRoot, serverEntry))).mtimeMs);
  // Copied under the lock too, so that no other process remakes the template meanwhile.
  return withServerLock(serverUrl, template, async (admin) => {
    const { rows } = await admin.query<{ stamp: string | null }>(
      'select shobj_description(oid, $2) as stamp from pg_database where datname = $1',
      [template, 'pg_database'],
    );
    const stamp = rows[0] ? (JSON.parse(rows[0].stamp ?? '{}') as Record<string, unknown>) : null;
    const fresh =
      stamp?.built === built && Date.now() - Number(stamp.seededAt) < DEMO_TEMPLATE_HOURS * 3.6e6;
    if (fresh) return createScratchDatabase(serverUrl, { template });
    await admin.query(`drop database if exists ${template} with (force)`);
    const seeding = await createScratchDatabase(serverUrl);
    const server = await startServer({
      databaseUrl: seeding.url,
      // Only the seed: each copy's own server plans its jobs when it starts.
      env: { PRAXIS_SEED: 'demo', RUN_JOBS: 'off' },
    });
    await server.stop();
    const seeded = new URL(seeding.url).pathname.slice(1);
    await admin.query(`alter database ${seeded} rename to ${template}`);
    const comment = JSON.stringify({ built, seededAt: Date.now() }).replaceAll("'", "''");
    await admin.query(`comment on database ${template} is '${comment}'`);
    return createScratchDatabase(serverUrl, { template });
  });
}
