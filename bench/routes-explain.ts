import pg from 'pg';
import type { StatementGroup } from './routes-capture.ts';

// The plan of every statement a route runs, as PostgreSQL executed it for the benchmark's
// request: EXPLAIN (ANALYZE, BUFFERS) with the captured parameters, each inside a transaction
// that is rolled back, so that a statement that writes (a read mark) changes nothing.

export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  /** The statement pages with OFFSET: it reads and throws away every row before the page. */
  usesOffset: boolean;
  executionMs: number | null;
  plan: string;
  /** Why PostgreSQL refused to explain the statement; the other statements are explained. */
  error?: string;
}

const EXPLAINABLE = /^\s*(select|with|insert|update|delete)\b/i;

export async function explainRoutes(
  databaseUrl: string,
  routes: Record<string, StatementGroup[]>,
): Promise<Record<string, ExplainedStatement[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const explained: Record<string, ExplainedStatement[]> = {};
  try {
    for (const [route, groups] of Object.entries(routes)) {
      const plans: ExplainedStatement[] = [];
      explained[route] = plans;
      for (const statement of groups.flat()) {
        if (!EXPLAINABLE.test(statement.sql)) continue;
        const usesOffset = /\boffset\b/i.test(statement.sql);
        await client.query('begin');
        try {
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers) ${statement.sql}`,
            statement.params,
          );
          const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
          const execution = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
          plans.push({
            sql: statement.sql,
            params: statement.params,
            usesOffset,
            executionMs: execution ? Number(execution) : null,
            plan,
          });
        } catch (error) {
          const { sql, params } = statement;
          const message = error instanceof Error ? error.message : String(error);
          plans.push({ sql, params, usesOffset, executionMs: null, plan: '', error: message });
        } finally {
          await client.query('rollback');
        }
      }
    }
  } finally {
    await client.end();
  }
  return explained;
}
