import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { buildBenchApp, openBenchDatabase } from './bench-app.ts';

// How long inviting a whole cohort of 70 takes, against a plain signed-in read in the same
// run: creating and queueing the invitations must stay "well under a second". Runs on an
// embedded database in a temporary folder, or on BENCH_DATABASE_URL (a database it may fill).

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const cohortSize = 70;

const bench = await openBenchDatabase();
const { database } = bench;
const { app, config } = await buildBenchApp(database);
await app.ready();

const organiser = await createMember(database.db, { role: 'organiser' });
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  headers: { origin: config.publicOrigin },
  payload: { email: organiser.email, password: TEST_PASSWORD },
});
const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
const headers = { origin: config.publicOrigin, cookie };

async function timed(work: () => Promise<{ statusCode: number }>, expected: number) {
  const started = performance.now();
  const response = await work();
  const elapsed = performance.now() - started;
  if (response.statusCode !== expected) throw new Error(`answered ${response.statusCode}`);
  return elapsed;
}

const baseline: number[] = [];
const invite: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  baseline.push(
    await timed(() => app.inject({ method: 'GET', url: '/api/profile', headers }), 200),
  );
  const cohort = await createCohort(database.db);
  const invitees = Array.from({ length: cohortSize }, (_, index) => ({
    email: `r${round}-alumnus${index}@agency.example`,
    name: `Alumnus ${index}`,
    organisation: 'Canton Sarajevo',
  }));
  invite.push(
    await timed(
      () =>
        app.inject({
          method: 'POST',
          url: `/api/cohorts/${cohort.id}/invitations`,
          headers,
          payload: { invitees },
        }),
      202,
    ),
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const record = {
  benchmark: 'cohort-invitations',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: database.driver,
  rounds,
  cohortSize,
  medianMs: {
    baselineSignedInRead: Number(median(baseline).toFixed(2)),
    inviteWholeCohort: Number(median(invite).toFixed(2)),
  },
  ratioToBaseline: Number((median(invite) / median(baseline)).toFixed(1)),
  worstInviteMs: Number(Math.max(...invite).toFixed(2)),
};
console.table(record.medianMs);
console.log(`ratio ${record.ratioToBaseline}×, worst ${record.worstInviteMs} ms`);

await app.close();
await bench.close();
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `cohort-invitations-${record.database}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
