import {
  type Reader,
  type Route,
  SESSION_COOKIE,
  type Statement,
  type StatementGroup,
  sessionHash,
} from './routes-capture.ts';

// Which statements each request ran, read from the log of a server started with LOG_SQL=on: each
// statement carries the id of the request it ran for (null for a job's or a listener's), so the
// readers' requests may overlap and background work is never taken for a route's. A request's
// first statement is the session lookup, whose parameter is the hash of the reader's token: that
// tells whose request it was.

/** How many requests the capture keeps in flight. */
const CONCURRENCY = 4;
/** How long to keep listening after the last answer, for what a request left running. */
const SETTLE_MS = 300;

interface LoggedStatement extends Statement {
  request: string | null;
}

/** Hears a server's output line by line; `take` returns the statements of the requests so far. */
export function statementListener() {
  let partial = '';
  let byRequest = new Map<string, LoggedStatement[]>();
  const completed = new Set<string>();
  const hear = (line: string) => {
    if (line.includes('"sql statement"')) {
      const { sql, params, turn, request } = JSON.parse(line) as LoggedStatement;
      if (request === null) return;
      const statements = byRequest.get(request) ?? [];
      statements.push({ sql, params, turn, request });
      byRequest.set(request, statements);
    } else if (line.includes('"request completed"')) {
      completed.add((JSON.parse(line) as { reqId: string }).reqId);
    }
  };
  return {
    onOutput(chunk: string) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) hear(line);
    },
    completedCount: () => completed.size,
    /** The statements of every request heard since the last `take`, by request id. */
    take() {
      const taken = byRequest;
      byRequest = new Map();
      completed.clear();
      return taken;
    },
  };
}

type Listener = ReturnType<typeof statementListener>;

/**
 * Each route's statements for each reader, in groups, and the route's per-member rate limit:
 * every reader asks each route once, a few at a time. The load asks the same again and again, so
 * a route that wrote (a read mark) is asked once more and captured as the load will find it.
 */
export async function captureStatements(
  origin: string,
  listener: Listener,
  routes: Route[],
  readers: Reader[],
) {
  const plans: Record<string, Record<string, StatementGroup[]>> = {};
  const limits: Record<string, number> = {};
  for (const route of routes) {
    const first = await capturePass(origin, listener, route, readers);
    limits[route.name] = first.limit;
    const wrote = Object.values(first.byToken).some((groups) =>
      groups.flat().some((statement) => WRITES.test(statement.sql)),
    );
    plans[route.name] = wrote
      ? (await capturePass(origin, listener, route, readers)).byToken
      : first.byToken;
  }
  return { plans, limits };
}

const WRITES = /^\s*(insert|update|delete)\b/i;

async function capturePass(origin: string, listener: Listener, route: Route, readers: Reader[]) {
  const readerOfHash = new Map(readers.map((reader) => [sessionHash(reader.token), reader]));
  listener.take();
  let limit = 0;
  let next = 0;
  const ask = async () => {
    for (let reader = readers[next++]; reader; reader = readers[next++]) {
      const response = await fetch(`${origin}${route.path}`, {
        headers: { cookie: `${SESSION_COOKIE}=${reader.token}` },
      });
      if (!response.ok) throw new Error(`${route.path}: ${response.status}`);
      limit = Number(response.headers.get('x-ratelimit-limit'));
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, ask));
  for (let waited = 0; listener.completedCount() < readers.length; waited += 10) {
    if (waited > 10_000) throw new Error(`${route.name}: not every request was logged`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const byToken: Record<string, StatementGroup[]> = {};
  for (const statements of listener.take().values()) {
    const reader = readerOfHash.get(String(statements[0]?.params[0]));
    if (reader) byToken[reader.token] = groupByTurn(statements);
  }
  const missing = readers.length - Object.keys(byToken).length;
  if (missing > 0) throw new Error(`${route.name}: ${missing} readers' statements not found`);
  return { byToken, limit };
}

/** A request's statements in groups: those of one event-loop turn were started together. */
function groupByTurn(statements: LoggedStatement[]): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const { sql, params, turn } of statements) {
    const last = groups.at(-1);
    if (last?.[0]?.turn === turn) last.push({ sql, params, turn });
    else groups.push([{ sql, params, turn }]);
  }
  return groups;
}
