import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import pg from 'pg';
import type { Statement, StatementGroup } from './routes-capture.ts';
import { answerCommands } from './server-process.ts';

// The hand-written limit of each hot read: `node:http` and `pg`, no framework, no ORM, no
// validation. `GET /<route>` with a reader's session cookie runs exactly the statements the app
// ran for that reader on that route (the session lookup first, as the app does), in the same
// order, the groups the app started together concurrently, and answers the rows with
// JSON.stringify. Every statement but a transaction's own goes as a named prepared statement,
// parsed and planned once per connection, as a careful hand-written handler would send it (the
// app prepares its hot reads too); BENCH_BASELINE_PREPARED=off sends each as text, as before.
// Usage: routes-baseline-server.ts <plans.json> <database URL> <pool size>

const [plansFile = '', databaseUrl, poolSize = '10'] = process.argv.slice(2);
const plans = JSON.parse(await readFile(plansFile, 'utf8')) as Record<
  string,
  Record<string, StatementGroup[]>
>;
// Timestamps and dates stay the text PostgreSQL sends, as drizzle leaves them for the app.
for (const type of [1082, 1114, 1184, 1186]) pg.types.setTypeParser(type, (value) => value);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const prepared = process.env.BENCH_BASELINE_PREPARED !== 'off';
const TRANSACTION_CONTROL = new Set(['begin', 'commit', 'rollback']);

/** A name per statement text: the same text is prepared once per connection. */
const names = new Map<string, string>();
function nameOf(sql: string) {
  let name = names.get(sql);
  if (name === undefined) {
    name = `b${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    names.set(sql, name);
  }
  return name;
}

/** Runs a route's groups; a `begin` holds one client until its `commit`, as a transaction does. */
async function run(groups: StatementGroup[]) {
  const results: unknown[][] = [];
  let transaction: pg.PoolClient | null = null;
  const query = async (statement: Statement) => {
    const text = statement.sql.trim().toLowerCase();
    if (text === 'begin') transaction = await pool.connect();
    const client = transaction ?? pool;
    const result =
      prepared && !TRANSACTION_CONTROL.has(text)
        ? await client.query({
            name: nameOf(statement.sql),
            text: statement.sql,
            values: statement.params,
          })
        : await client.query(statement.sql, statement.params);
    if (text === 'commit' || text === 'rollback') {
      transaction?.release();
      transaction = null;
    }
    return result.rows;
  };
  try {
    for (const group of groups) {
      // One connection answers one statement at a time: inside a transaction, a group's
      // statements queue on its client as the app's do.
      if (transaction || group.length === 1) {
        for (const statement of group) results.push(await query(statement));
      } else {
        results.push(...(await Promise.all(group.map(query))));
      }
    }
  } catch (error) {
    (transaction as pg.PoolClient | null)?.release(true);
    throw error;
  }
  return results;
}

const server = createServer((request, response) => {
  const route = (request.url ?? '').slice(1);
  const token = /praxis_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
  const groups = plans[route]?.[token];
  if (!groups) {
    response.writeHead(404).end();
    return;
  }
  run(groups).then(
    (results) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ results }));
    },
    (error: Error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
    },
  );
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  answerCommands(
    { origin: `http://127.0.0.1:${port}` },
    {
      async stop() {
        server.close();
        await pool.end();
      },
    },
  );
});
