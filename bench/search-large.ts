import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { chooseWords, openSessions, SESSION_COOKIE } from './routes-capture.ts';
import { explainRoutes } from './routes-explain.ts';
import { startServerProcess } from './server-process.ts';

// Search over a large network as it is (a database `pnpm bench:seed` filled; nothing is added):
// each search against the thread list's first page in the same run, one request at a time from
// this process to a server in its own, signed in as members of a cohort in turn. The words come
// from the data. Records p50/p95/p99, each request's round trips to the database, and the plan of
// every statement a search runs.

const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) {
  process.stderr.write('BENCH_DATABASE_URL must name a database filled by pnpm bench:seed\n');
  process.exit(2);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 100);
const label = process.env.BENCH_LABEL ?? 'large';
// A member may search 60 times a minute: this many readers in turn stay well under it.
const READERS = 60;
const WARM_UP_ROUNDS = 3;

/** The commonest title word with a letter outside ASCII, as typed and with its accents dropped. */
async function accentedWord(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ word: string; folded: string }>(
      `select lower(word) as word, unaccent(lower(word)) as folded
         from threads, regexp_split_to_table(title, '[^[:alpha:]]+') as word
        where length(word) >= 5 and word ~ '[^a-zA-Z]'
        group by 1 order by count(*) desc, 1 limit 1`,
    );
    return rows[0] ?? { word: 'građani', folded: 'gradani' };
  } finally {
    await client.end();
  }
}

/** Whether every reader belongs to a cohort (the search must apply cohort visibility). */
async function inCohorts(url: string, memberIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'select count(distinct member_id)::int as n from cohort_memberships where member_id = any($1::uuid[])',
      [memberIds],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

const loadBefore = loadavg();
const started = new Date();
const words = await chooseWords(databaseUrl);
const accented = await accentedWord(databaseUrl);
const sessions = await openSessions(databaseUrl, READERS);
const cookies = sessions.readers.map((reader) => `${SESSION_COOKIE}=${reader.token}`);
const cohortReaders = await inCohorts(
  databaseUrl,
  sessions.readers.map((reader) => reader.memberId),
);
const q = encodeURIComponent;
const routes: Record<string, string> = {
  baselineThreadList: '/api/threads',
  searchRare: `/api/search?q=${q(words.rare)}`,
  searchCommon: `/api/search?q=${q(words.common)}`,
  searchTwoWords: `/api/search?q=${q(words.two)}`,
  searchAccented: `/api/search?q=${q(accented.word)}`,
  searchAccentsFolded: `/api/search?q=${q(accented.folded)}`,
  everythingRare: `/api/search/everything?q=${q(words.rare)}`,
  everythingCommon: `/api/search/everything?q=${q(words.common)}`,
  everythingTwoWords: `/api/search/everything?q=${q(words.two)}`,
};

const server = await startServerProcess<{ origin: string }>('search-server.ts');
let turn = 0;
async function request(path: string) {
  const cookie = cookies[turn++ % cookies.length] ?? '';
  const begin = performance.now();
  const response = await fetch(`${server.ready.origin}${path}`, { headers: { cookie } });
  const body = await response.text();
  const elapsed = performance.now() - begin;
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body}`);
  return { elapsed, body };
}

type Statements = { statements: { sql: string; params: unknown[] }[] };
const timings: Record<string, number[]> = Object.fromEntries(
  Object.keys(routes).map((name) => [name, []]),
);
const roundTrips: Record<string, number> = {};
const found: Record<string, number> = {};
const captured: Record<string, { sql: string; params: unknown[]; turn: number }[][]> = {};
try {
  for (const [name, path] of Object.entries(routes)) {
    await server.command('statements');
    const { body } = await request(path);
    const { statements } = await server.command<Statements>('statements');
    roundTrips[name] = statements.length;
    captured[name] = [statements.map((statement) => ({ ...statement, turn: 0 }))];
    const page = JSON.parse(body) as Record<string, unknown[] | undefined>;
    found[name] = (page.hits ?? page.threads ?? []).length;
    process.stderr.write(`${name}: ${roundTrips[name]} statements\n`);
  }
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round += 1) {
    for (const [name, path] of Object.entries(routes)) {
      const { elapsed } = await request(path);
      if (round >= WARM_UP_ROUNDS) timings[name]?.push(elapsed);
    }
    process.stderr.write(`round ${round + 1} of ${WARM_UP_ROUNDS + rounds}\r`);
  }
  await server.command('statements');
} finally {
  await server.stop();
  await sessions.end();
}
const loadAfter = loadavg();
// The search statements only: a request's session and page reads are the baseline's too. Planned
// as a search's transaction plans them (withSearchTimeout): no parallel workers, no JIT.
const searchSettings = encodeURIComponent('-c jit=off -c max_parallel_workers_per_gather=0');
const explained = await explainRoutes(
  `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${searchSettings}`,
  Object.fromEntries(
    Object.entries(captured).map(([name, groups]) => [
      name,
      groups.map((group) => group.filter((statement) => statement.sql.includes('tsquery'))),
    ]),
  ),
);

function percentile(values: number[], fraction: number) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Number((sorted[Math.max(0, index)] ?? Number.NaN).toFixed(1));
}
const figures = Object.fromEntries(
  Object.entries(timings).map(([name, values]) => [
    name,
    {
      p50Ms: percentile(values, 0.5),
      p95Ms: percentile(values, 0.95),
      p99Ms: percentile(values, 0.99),
      roundTrips: roundTrips[name],
      threadsFound: found[name],
    },
  ]),
);
const baseline = figures.baselineThreadList?.p95Ms ?? 1;
const record = {
  benchmark: 'search-large',
  label,
  date: started.toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: { before: loadBefore, after: loadAfter },
  note: 'Other work ran on the machine at the same time; compare the ratios, and the load average.',
  rounds,
  readers: { count: cookies.length, inACohort: cohortReaders },
  words: { ...words, accented: accented.word, accentsFolded: accented.folded },
  routes,
  figures,
  p95RatioToBaseline: Object.fromEntries(
    Object.entries(figures).map(([name, row]) => [name, Number((row.p95Ms / baseline).toFixed(2))]),
  ),
  explain: Object.fromEntries(
    Object.entries(explained).map(([name, statements]) => [
      name,
      statements.map(({ sql, executionMs, plan }) => ({ sql, executionMs, plan })),
    ]),
  ),
};
console.table(figures);
console.log('load average', loadBefore, loadAfter);

const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const file = `search-${label}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(file, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${file}`);
