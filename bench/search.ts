import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { replies, threads } from '@praxis/db/schema/threads';
import { createCohort, createMember, TEST_PASSWORD } from '@praxis/db/testing/factories';
import { buildBenchApp, openBenchDatabase } from './bench-app.ts';

// How the knowledge base's reads hold up once a network has years of threads: full-text search
// (common and rare words), similar titles and adviser matching, against a signed-in read of the
// thread list's first page in the same run. Runs on an embedded database in a temporary folder,
// or on BENCH_DATABASE_URL (a database it may fill).

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const threadCount = Number(process.env.BENCH_THREADS ?? 10_000);
const repliesPerThread = 3;

const WORDS = `procurement pilot service design sprint citizen panel legal clause tender start-up
municipality open data canton training trainers residency immersion ministry budget evaluation
prototype interview user research benefits office housing transport school bus routing chatbot
queue phone letter form digital inclusion accessibility rural health social care agent manager
director region prefecture department agency lab innovation experiment risk audit court law
contract supplier partnership framework agreement market consultation workshop facilitation
stakeholder map journey persona survey data dashboard indicator impact cost savings time delay
failure success lesson mistake hindsight sponsor minister election change team culture habit`
  .split(/\s+/)
  .filter(Boolean);

let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const text = (length: number) =>
  Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

const bench = await openBenchDatabase();
const { database } = bench;
const { db } = database;

const authors = await Promise.all(
  Array.from({ length: 50 }, (_, index) =>
    createMember(db, {
      profile: { openToAdvise: index % 2 === 0, expertise: [text(1), text(1)], headline: text(6) },
    }),
  ),
);
const reader = await createMember(db);
const cohort = await createCohort(db, { memberIds: [reader.id] });
const started = performance.now();
for (let offset = 0; offset < threadCount; offset += 500) {
  const batch = Array.from({ length: Math.min(500, threadCount - offset) }, (_, index) => {
    const body = text(80);
    return {
      kind: (['question', 'success', 'failure', 'discussion'] as const)[index % 4] ?? 'question',
      title: `${text(6)} ${offset + index}`,
      authorId: authors[index % authors.length]?.id ?? reader.id,
      cohortId: index % 10 === 0 ? cohort.id : null,
      tags: [text(1)],
      bodySource: body,
      bodyHtml: `<p>${body}</p>`,
      replyCount: repliesPerThread,
      lastActivityAt: new Date(Date.now() - (offset + index) * 60_000),
    };
  });
  const inserted = await db.insert(threads).values(batch).returning({ id: threads.id });
  await db.insert(replies).values(
    inserted.flatMap(({ id }) =>
      Array.from({ length: repliesPerThread }, (_, index) => {
        const body = text(40);
        return {
          threadId: id,
          authorId: authors[(index * 7) % authors.length]?.id ?? reader.id,
          bodySource: body,
          bodyHtml: `<p>${body}</p>`,
        };
      }),
    ),
  );
}
const seedSeconds = (performance.now() - started) / 1000;
// Rare enough to match a handful of threads: a word no generated text contains.
await db.insert(threads).values({
  kind: 'failure',
  title: 'The quokka procurement',
  authorId: reader.id,
  bodySource: 'We learned to keep a quokka clause.',
  bodyHtml: '<p>We learned to keep a quokka clause.</p>',
});

const { app, config } = await buildBenchApp(database);
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  headers: { origin: config.publicOrigin },
  payload: { email: reader.email, password: TEST_PASSWORD },
});
const headers = {
  origin: config.publicOrigin,
  cookie: String(login.headers['set-cookie']).split(';')[0] ?? '',
};
const question = (
  await app.inject({
    method: 'POST',
    url: '/api/threads',
    headers,
    payload: {
      kind: 'question',
      title: 'How do we run a procurement pilot with a start-up?',
      body: 'Our legal service wants a tender for everything.',
      tags: ['procurement'],
    },
  })
).json() as { id: string };

const SHORT_PREFIXES = 'pro pil ser des spr cit pan leg cla ten sta mun';
const routes = {
  baselineThreadList: '/api/threads',
  searchCommonWord: '/api/search?q=procurement',
  searchTwoWords: '/api/search?q=citizen%20panel',
  searchRareWord: '/api/search?q=quokka',
  // The security review's queries: many short prefixes, and words naming thread kinds, each of
  // which once widened the candidates to a third of everything.
  searchShortPrefixes: `/api/search?q=${encodeURIComponent(SHORT_PREFIXES)}`,
  searchKindWords: `/api/search?q=${encodeURIComponent('question discussion success failure stories announcement')}`,
  searchKindWordsAndPrefixes: `/api/search?q=${encodeURIComponent('failure stories pro cit dat pil')}`,
  similarTitle: '/api/threads/similar?title=procurement%20pilot%20with%20a%20start-up',
  advisers: `/api/threads/${question.id}/advisers`,
};
const timings = Object.fromEntries(Object.keys(routes).map((name) => [name, [] as number[]]));
for (let round = 0; round < rounds; round += 1) {
  for (const [name, url] of Object.entries(routes)) {
    const begin = performance.now();
    const response = await app.inject({ method: 'GET', url, headers });
    const elapsed = performance.now() - begin;
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
    timings[name]?.push(elapsed);
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianMs = Object.fromEntries(
  Object.entries(timings).map(([name, values]) => [name, Number(median(values).toFixed(2))]),
);
const baseline = medianMs.baselineThreadList ?? 1;
const record = {
  benchmark: 'search',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  database: database.driver,
  rounds,
  threads: threadCount,
  replies: threadCount * repliesPerThread,
  seedSeconds: Number(seedSeconds.toFixed(1)),
  medianMs,
  ratioToBaseline: Object.fromEntries(
    Object.entries(medianMs).map(([name, ms]) => [name, Number((ms / baseline).toFixed(2))]),
  ),
};
console.table(medianMs);
console.log(record.ratioToBaseline);

await app.close();
await bench.close();
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const name = `search-${record.database}-${record.date.slice(0, 10)}.json`;
await writeFile(new URL(name, resultsDir), `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${name}`);
