import type pg from 'pg';

/**
 * Whether an error means the connection to the server was lost (terminated by an administrator
 * or a restart, refused, reset) rather than the statement being wrong: the same request may
 * succeed when tried again shortly.
 */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      // Class 08 is "connection exception"; 57P01–57P03 are shutdowns and a server starting up.
      if (/^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03'].includes(code)) return true;
      if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
    }
    if (typeof message === 'string' && message.startsWith('Connection terminated')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A read sent outside a transaction that loses its connection is sent once more: the pool has
 * dropped the broken client, so the second try goes out on a fresh connection. Only a lone
 * `select` is safe to repeat; a write may have been applied before the connection dropped, and
 * a transaction's statements cannot move to another connection.
 */
export function retryReadsOnce(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const retried = (...args: unknown[]) => retryRead(args[0], () => query(...args));
  Object.assign(pool, {
    // A caller that passes a callback handles its own errors.
    query: (...args: unknown[]) =>
      typeof args.at(-1) === 'function' ? query(...args) : retried(...args),
  });
}

/**
 * Runs `attempt`, and once more if it lost its connection and `statement` (a text, or a config
 * with one) only reads. `attempt` must send the statement afresh each time.
 */
export async function retryRead<T>(statement: unknown, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isConnectionLost(error) || !isRead(statement)) throw error;
    return attempt();
  }
}

/**
 * A statement that only reads, and so may run twice: a `select` that neither locks rows nor calls
 * a function with effects (`select pg_notify(…)` sends an event; running it again would send it
 * twice).
 */
export function isRead(statement: unknown): boolean {
  const text = typeof statement === 'string' ? statement : (statement as { text?: unknown })?.text;
  return (
    typeof text === 'string' &&
    /^\s*select\b/i.test(text) &&
    !/\b(pg_notify|nextval|setval|pg_advisory_\w+|pg_terminate_backend|pg_cancel_backend)\s*\(/i.test(
      text,
    ) &&
    !/\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i.test(text)
  );
}
