import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@praxis/api/testing/server-process';
import { openPglite } from '@praxis/db/client';
import { openSessions, startApp, writeSessions } from './routes-capture.ts';

// The server the mixed benchmark loads, compiled and in production, with `count` members signed
// in: on a PostgreSQL network (the large one, copied for the benchmark), or on the embedded
// database with the demo network and, past its members, more members placed in its cohorts.

export interface LoadedServer {
  database: 'postgres' | 'pglite';
  server: RunningServer;
  /** Where the load connects: the server listens on 127.0.0.1. */
  baseUrl: string;
  tokens: string[];
  end(): Promise<void>;
}

// As production runs it: the job poll (reminders, e-mail) at its default, mail to the outbox.
const PRODUCTION = {
  NODE_ENV: 'production',
  MAIL_OUTBOX: 'on',
  LOG_LEVEL: 'warn',
  JOB_POLL_SECONDS: '30',
};

const loopback = (server: RunningServer) => server.origin.replace('localhost', '127.0.0.1');

export async function postgresServer(databaseUrl: string, count: number): Promise<LoadedServer> {
  const sessions = await openSessions(databaseUrl, count);
  const server = await startApp(databaseUrl, PRODUCTION).catch(async (error: unknown) => {
    await sessions.end();
    throw error;
  });
  return {
    database: 'postgres',
    server,
    baseUrl: loopback(server),
    tokens: sessions.readers.map((reader) => reader.token),
    async end() {
      await server.stop();
      await sessions.end();
    },
  };
}

export async function embeddedServer(count: number): Promise<LoadedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'praxis-mixed-'));
  const embedded = { database: 'embedded' as const };
  // The first start loads the demo network into the folder.
  const seeding = await startServer({
    ...embedded,
    env: { ...PRODUCTION, PRAXIS_SEED: 'demo', DATA_DIR: dataDir },
  });
  await seeding.stop();
  const pglite = openPglite(dataDir);
  const query = (text: string, params: unknown[]) => pglite.query(text, params);
  const { rows } = await query(
    `select count(*)::int as n from members where role = 'member' and deactivated_at is null`,
    [],
  );
  const missing = Math.max(0, count - ((rows[0] as { n: number } | undefined)?.n ?? 0));
  await addMembers(query, missing);
  const tokens = (await writeSessions(query, count)).map((reader) => reader.token);
  await pglite.close();
  const server = await startServer({
    ...embedded,
    env: { ...PRODUCTION, PRAXIS_SEED: 'none', DATA_DIR: dataDir },
  });
  return {
    database: 'pglite',
    server,
    baseUrl: loopback(server),
    tokens,
    async end() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `count` members more, each in a cohort of the network (in turn), with a demo member's password. */
async function addMembers(query: Parameters<typeof writeSessions>[0], count: number) {
  if (count === 0) return;
  await query(
    `insert into members (email, name, handle, role, password_hash)
     select 'extra' || n || '@bench.praxis.example', 'Extra Member ' || n, 'extra-member-' || n,
       'member', (select password_hash from members where role = 'member' limit 1)
     from generate_series(1, $1::int) as n`,
    [count],
  );
  await query(
    `insert into cohort_memberships (cohort_id, member_id)
     select cohort.id, member.id
     from (select id, row_number() over (order by email) as r from members
           where email like 'extra%@bench.praxis.example') as member
     join (select id, row_number() over (order by id) - 1 as r, count(*) over () as n
           from cohorts) as cohort on cohort.r = member.r % cohort.n`,
    [],
  );
}
