import { mkdir, writeFile } from 'node:fs/promises';
import { defaultFieldMessage, parseWithMessages } from '@praxis/api/lib/zod-messages';
import { PRESENCE_DIGEST_MAX } from '@praxis/contracts/presence-digest';
import { ThreadListQuery } from '@praxis/contracts/threads';
import { z } from 'zod';

// What validating a request costs when zod is given options: every request's parameters, query
// and body are parsed, and the app's messages come in as an error map (`{ error }`). Each form
// parses the same input with one of the app's schemas: given the options on every parse (as the
// app did), through `parseWithMessages` (parsed without them, again with them only if invalid),
// and plainly, without any messages. The forms take turns over BENCH_ROUNDS rounds (median
// counts); ratios are against the plain parse. Results in bench/results/.

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const perRound = Number(process.env.BENCH_ITERATIONS ?? 100_000);

// The websocket's query (plugins/realtime.ts) and the thread list's.
const SocketQuery = z.object({
  v: z.string().max(10).optional(),
  onlineDigest: z.string().max(PRESENCE_DIGEST_MAX).optional(),
});
const cases = {
  socketQuery: { schema: SocketQuery, valid: { v: '7', onlineDigest: '1000.3fa2c1.9b0e44' } },
  threadListQuery: { schema: ThreadListQuery, valid: { view: 'latest', limit: '25' } },
  threadListQueryInvalid: { schema: ThreadListQuery, valid: { view: 'latest', limit: '500' } },
};

const forms: Record<string, (schema: z.ZodType, data: unknown) => boolean> = {
  plain: (schema, data) => schema.safeParse(data).success,
  withOptions: (schema, data) => schema.safeParse(data, { error: defaultFieldMessage }).success,
  parseWithMessages: (schema, data) => parseWithMessages(schema, data).success,
};

function timeForm(
  form: (schema: z.ZodType, data: unknown) => boolean,
  schema: z.ZodType,
  data: object,
) {
  let valid = 0;
  const started = process.hrtime.bigint();
  // A fresh object each time, as each request's query is.
  for (let i = 0; i < perRound; i += 1) if (form(schema, { ...data })) valid += 1;
  const ns = Number(process.hrtime.bigint() - started) / perRound;
  if (valid === -1) console.log(valid);
  return ns;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const rows = [];
for (const [input, { schema, valid }] of Object.entries(cases)) {
  const times = new Map<string, number[]>(Object.keys(forms).map((name) => [name, []]));
  for (const form of Object.values(forms)) timeForm(form, schema, valid); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, form] of Object.entries(forms))
      times.get(name)?.push(timeForm(form, schema, valid));
  }
  const baseline = median(times.get('plain') ?? []);
  for (const [form, values] of times) {
    rows.push({
      input,
      form,
      nsPerParse: Math.round(median(values)),
      ratioToPlain: Number((median(values) / baseline).toFixed(2)),
    });
  }
}
console.table(rows);

const record = {
  benchmark: 'zod-options',
  date: new Date().toISOString(),
  node: process.version,
  rounds,
  parsesPerRound: perRound,
  results: rows,
};
const resultsDir = new URL('./results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const file = new URL(`zod-options-${record.date.slice(0, 10)}.json`, resultsDir);
await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
console.log(`recorded in bench/results/${file.pathname.split('/').at(-1)}`);
