import { mkdir, writeFile } from 'node:fs/promises';

// What a leading spread costs: a thread summary (17 fields) made into a thread's detail (10 more,
// and `unread` overridden) in several ways, each object then read by one shared function, as a
// serialiser reads every response. The summary's own making is in every figure.
// On Node 20, `{ ...summary, more }` gives every object a hidden class of its own: each property
// written after the leading spread costs a new one, and the reader, seeing a new class every
// time, goes megamorphic. The same fields with the spread last, or written out, share one.
// Ratios are against the literal written out, in the same run; the forms take turns over
// BENCH_ROUNDS rounds (median counts). Results in bench/results/.

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const perRound = Number(process.env.BENCH_ITERATIONS ?? 200_000);

const summaryOf = (i: number) => ({
  id: `t${i}`,
  kind: 'question',
  title: 'How did you fund the pilot?',
  language: 'en',
  author: { id: 'a', name: 'Ana' },
  cohort: null,
  tags: ['procurement'],
  replyCount: i % 40,
  helpfulCount: 2,
  solved: false,
  pinned: false,
  locked: false,
  hidden: false,
  offRecord: false,
  unread: true,
  lastActivityAt: '2026-12-07T06:15:11.123Z',
  createdAt: '2026-12-01T09:00:00.000Z',
});
type Summary = ReturnType<typeof summaryOf>;
const can = { edit: false, reply: true, accept: false, moderate: false, revealAuthor: false };

const forms: Record<string, (summary: Summary) => Record<string, unknown>> = {
  writtenOut: (s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    language: s.language,
    author: s.author,
    cohort: s.cohort,
    tags: s.tags,
    replyCount: s.replyCount,
    helpfulCount: s.helpfulCount,
    solved: s.solved,
    pinned: s.pinned,
    locked: s.locked,
    hidden: s.hidden,
    offRecord: s.offRecord,
    unread: false,
    lastActivityAt: s.lastActivityAt,
    createdAt: s.createdAt,
    bodySource: 'b',
    bodyHtml: '<p>b</p>',
    storySource: null,
    storyHtml: null,
    acceptedReplyId: null,
    editedAt: null,
    helpful: null,
    following: false,
    attachments: [],
    can,
  }),
  spreadLast: (s) => ({
    bodySource: 'b',
    bodyHtml: '<p>b</p>',
    storySource: null,
    storyHtml: null,
    acceptedReplyId: null,
    editedAt: null,
    helpful: null,
    following: false,
    attachments: [],
    can,
    ...s,
    unread: false,
  }),
  spreadFirst: (s) => ({
    ...s,
    unread: false,
    bodySource: 'b',
    bodyHtml: '<p>b</p>',
    storySource: null,
    storyHtml: null,
    acceptedReplyId: null,
    editedAt: null,
    helpful: null,
    following: false,
    attachments: [],
    can,
  }),
  // After a leading spread, writing a property the source has is cheap; adding one is not.
  spreadFirstOverridingOne: (s) => ({ ...s, unread: false }),
  spreadFirstAddingOne: (s) => ({ ...s, bodySource: 'b' }),
};

/** One reader for every object, as a response serialiser is. */
const read = (o: Record<string, unknown>) =>
  (o.title as string).length + (o.replyCount as number) + (o.unread ? 1 : 0);

function timeForm(form: (summary: Summary) => Record<string, unknown>) {
  let sink = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < perRound; i += 1) {
    const o = form(summaryOf(i));
    sink += read(o);
  }
  const ns = Number(process.hrtime.bigint() - started) / perRound;
  if (sink === -1) console.log(sink);
  return ns;
}

const times = new Map<string, number[]>(Object.keys(forms).map((name) => [name, []]));
for (const form of Object.values(forms)) timeForm(form); // warm-up
for (let round = 0; round < rounds; round += 1) {
  for (const [name, form] of Object.entries(forms)) times.get(name)?.push(timeForm(form));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const baseline = median(times.get('writtenOut') ?? []);
const rows = [...times].map(([form, values]) => ({
  form,
  nsPerObject: Math.round(median(values)),
  ratioToWrittenOut: Number((median(values) / baseline).toFixed(2)),
}));
console.table(rows);

const record = {
  benchmark: 'object-spread',
  date: new Date().toISOString(),
  node: process.version,
  rounds,
  objectsPerRound: perRound,
  results: rows,
};
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const file = new URL(`object-spread-${record.date.slice(0, 10)}.json`, resultsDir);
await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${file.pathname.split('/').at(-1)}`);
