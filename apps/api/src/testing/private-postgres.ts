import { execFile } from 'node:child_process';
import { access, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const run = promisify(execFile);

/** Where Debian's PostgreSQL 15 puts its server programs; CI installs them (see .ci/run). */
const BIN = '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  /** The `postgres` database of this server, reached over TCP with trust authentication. */
  url: string;
  /** Stops the server with a fast shutdown (every connection is cut) and starts it again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL 15 server of the test's own, in a temporary folder on a free port, which the test
 * may restart without disturbing the shared server other test files use at the same moment.
 * initdb refuses to run as root, so as root the server runs as the `postgres` system user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  await access(join(BIN, 'initdb')).catch(() => {
    throw new Error(
      `PostgreSQL 15's server programs are not in ${BIN}; install the postgresql-15 package (CI has it).`,
    );
  });
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await systemUser('postgres') : null;
  const dir = await mkdtemp(join(tmpdir(), 'praxis-private-pg-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(BIN, name), ...args])
      : run(join(BIN, name), args);
  const pgCtl = (args: string[]) => tool('pg_ctl', ['-D', data, '-l', join(dir, 'log'), ...args]);

  await tool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  // The socket goes into the private folder, so it never meets the shared server's.
  await pgCtl([
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => {
      await pgCtl(['-w', '-m', 'fast', 'restart']);
    },
    async stop() {
      await pgCtl(['-w', '-m', 'immediate', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', name]).catch(() => {
    throw new Error(`As root, the private PostgreSQL server needs the system user '${name}'.`);
  });
  const { stdout: gid } = await run('id', ['-g', name]);
  return { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
}
