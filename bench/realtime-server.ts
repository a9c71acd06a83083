import { LISTEN_BACKLOG } from '@praxis/api/config';
import { createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import type pg from 'pg';
import { buildBenchApp, openBenchDatabase } from './bench-app.ts';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { openSessions, SESSION_COOKIE } from './routes-capture.ts';
import { acceptedConnections, answerCommands, memoryAfterGc } from './server-process.ts';
import { createStatementTally } from './statement-tally.ts';

// The Praxis server of the real-time benchmarks, in a process of its own: the app on a loopback
// port, on an embedded database in a temporary folder or on BENCH_DATABASE_URL, with `members`
// (the first argument) members signed in. It prints where it listens, the members' cookies and
// the network room, then answers `memory`, `connections`, `accepted`, `tally` and `stop`
// (server-process.ts). With `existing` as the second argument, the members are those already in
// BENCH_DATABASE_URL (the large network), signed in by writing their sessions: ten thousand
// password checks would take most of an hour.

export interface RealtimeServerReady {
  baseUrl: string;
  origin: string;
  database: 'pglite' | 'postgres';
  roomId: string;
  members: { id: string; cookie: string }[];
}

const memberCount = Number(process.argv[2] ?? 0);
const existing = process.argv[3] === 'existing';
// BENCH_TALLY=1: statements and the pool's waits are counted, for the `tally` command.
const tally = process.env.BENCH_TALLY === '1' ? createStatementTally() : null;
const bench = await openBenchDatabase(tally ? { onStatement: tally.onStatement } : {});
const { database } = bench;
const pool = (database.db as unknown as { $client?: unknown }).$client;
if (tally && database.driver === 'postgres') tally.watch(pool as pg.Pool);
// Background jobs are not what is measured, and on the large network they keep the pool busy.
const { app, config } = await buildBenchApp(database, true);
await app.listen({ host: '127.0.0.1', port: 0, backlog: LISTEN_BACKLOG });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('the app listens on no port');

// Sign-ins are limited per address (30 in 15 minutes): each member signs in from its own, as
// members on their own networks would.
async function signIn(index: number) {
  const member = await createMember(database.db);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: config.publicOrigin },
    remoteAddress: `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`,
    payload: { email: member.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return { id: member.id, cookie: String(response.headers['set-cookie']).split(';')[0] ?? '' };
}

// A password check takes tens of milliseconds on a worker thread: a few at a time.
async function signInNew() {
  const signedIn: RealtimeServerReady['members'] = [];
  for (let first = 0; first < memberCount; first += 4) {
    const batch = [];
    for (let index = first; index < Math.min(memberCount, first + 4); index += 1)
      batch.push(signIn(index));
    signedIn.push(...(await Promise.all(batch)));
  }
  return signedIn;
}

const databaseUrl = benchDatabaseUrl();
if (existing && !databaseUrl) throw new Error('existing members need BENCH_DATABASE_URL');
const sessions =
  existing && databaseUrl ? await openSessions(databaseUrl, memberCount, true) : null;
if (sessions && sessions.readers.length < memberCount) {
  throw new Error(`the database has ${sessions.readers.length} members, not ${memberCount}`);
}
const members: RealtimeServerReady['members'] = sessions
  ? sessions.readers.map((reader) => ({
      id: reader.memberId,
      cookie: `${SESSION_COOKIE}=${reader.token}`,
    }))
  : await signInNew();

const rooms = await app.inject({
  method: 'GET',
  url: '/api/rooms',
  headers: { cookie: members[0]?.cookie ?? '' },
});
const network = (rooms.json() as { rooms: { id: string; kind: string }[] }).rooms.find(
  (room) => room.kind === 'network',
);
if (!network) throw new Error(`no network room: ${rooms.body}`);

const ready: RealtimeServerReady = {
  baseUrl: `http://127.0.0.1:${address.port}`,
  origin: config.publicOrigin,
  database: database.driver,
  roomId: network.id,
  members,
};
const accepted = acceptedConnections(app.server);
answerCommands(ready, {
  memory: memoryAfterGc,
  accepted,
  connections: () => ({ connections: app.realtime.hub.everyConnection().length }),
  tally: () => tally?.take() ?? null,
  async stop() {
    await app.close();
    await sessions?.end();
    await bench.close();
  },
});
