import { createDb } from '@praxis/db/client';
import { buildBenchApp } from './bench-app.ts';
import { benchDatabaseUrl } from './large-network/bench-database.ts';
import { answerCommands } from './server-process.ts';

// The server the large-network search benchmark loads, in a process of its own: the app as
// production builds it, on BENCH_DATABASE_URL as it is (nothing filled). It notes every statement
// it sends, so that the benchmark can count a request's round trips and explain its statements.

const databaseUrl = benchDatabaseUrl();
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL names no database');
let statements: { sql: string; params: unknown[] }[] = [];
const database = createDb({
  databaseUrl,
  onStatement: (sql, params) => statements.push({ sql, params }),
});
await database.migrate();
// Background jobs would add their statements to those of the requests measured.
const { app } = await buildBenchApp(database, true);
const origin = await app.listen({ host: '127.0.0.1', port: 0 });

answerCommands(
  { origin },
  {
    /** The statements sent since the last time this was asked. */
    statements() {
      const sent = statements;
      statements = [];
      return { statements: sent };
    },
    // The process ends once this is answered, and its connections with it: a graceful close
    // would wait on the benchmark's keep-alive connections and the bus's listener.
    stop: () => ({}),
  },
);
