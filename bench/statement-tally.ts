import type pg from 'pg';

// What the server's database work was during a benchmark's phase: how many statements of each
// kind it sent, and how long its queries waited for one of the pool's connections. Counted in the
// server's own process (the `onStatement` hook of createDb and a wrapper round the pool's
// `connect`), read and reset by a command (server-process.ts). For measuring only.

/** A statement's kind: its first words, parameters and spacing aside. */
function kindOf(sql: string) {
  return sql.replace(/\s+/g, ' ').replace(/\$\d+/g, '?').slice(0, 110);
}

export function createStatementTally() {
  let byKind = new Map<string, number>();
  let waits: number[] = [];
  let peakWaiting = 0;

  return {
    /** For createDb's `onStatement`. */
    onStatement(sql: string) {
      const kind = kindOf(sql);
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    },

    /** Times every checkout of a connection from `pool`, the wait behind busy ones included. */
    watch(pool: pg.Pool) {
      const connect = pool.connect.bind(pool) as (
        callback?: (error: Error | undefined, client: unknown, done: unknown) => void,
      ) => unknown;
      const timed = (
        callback?: (error: Error | undefined, client: unknown, done: unknown) => void,
      ) => {
        const from = performance.now();
        peakWaiting = Math.max(peakWaiting, pool.waitingCount + 1);
        if (callback) {
          return connect((error, client, done) => {
            waits.push(performance.now() - from);
            callback(error, client, done);
          });
        }
        return (connect() as Promise<unknown>).then((client) => {
          waits.push(performance.now() - from);
          return client;
        });
      };
      (pool as unknown as { connect: typeof timed }).connect = timed;
    },

    /** What was counted since the last call, then starts again. */
    take() {
      const sorted = [...waits].sort((a, b) => a - b);
      const at = (share: number) =>
        Number(
          (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0).toFixed(1),
        );
      const statements = Object.fromEntries(
        [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => [kind, count]),
      );
      const answer = {
        statements: [...byKind.values()].reduce((total, count) => total + count, 0),
        byKind: statements,
        poolWaitMs: {
          checkouts: sorted.length,
          total: Math.round(sorted.reduce((total, wait) => total + wait, 0)),
          median: at(0.5),
          p95: at(0.95),
          max: Number((sorted.at(-1) ?? 0).toFixed(1)),
        },
        peakWaiting,
      };
      byKind = new Map();
      waits = [];
      peakWaiting = 0;
      return answer;
    },
  };
}

export type StatementTally = ReturnType<ReturnType<typeof createStatementTally>['take']>;
