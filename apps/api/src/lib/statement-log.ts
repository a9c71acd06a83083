/** What the statement log writes to: the app's logger, once there is one. */
export interface DebugLog {
  debug(record: object, message: string): void;
}

/**
 * Logs each SQL statement with its parameters at debug level (`LOG_SQL=on`), for measuring what a
 * route runs. `turn` numbers the event-loop turn the statement was sent in: statements sent in the
 * same turn were started together (a `Promise.all`) and run concurrently; one that waited for
 * another's answer is in a later turn.
 */
export function statementLog(log: () => DebugLog | undefined) {
  let turn = 0;
  let turnEnding = false;
  return (sql: string, params: unknown[]) => {
    if (!turnEnding) {
      turnEnding = true;
      setImmediate(() => {
        turn += 1;
        turnEnding = false;
      });
    }
    log()?.debug({ sql, params: loggable(sql, params), turn }, 'sql statement');
  };
}

/**
 * Statements touching these hold secrets in their parameters (password hashes, the server's
 * signing and push keys, members' push endpoints and keys): their parameters are left out.
 */
const SECRET_BEARING = /password_hash|server_secrets|push_subscriptions/i;

/** The parameters as they may be written to a log: no secrets, and no file's bytes. */
function loggable(sql: string, params: unknown[]): unknown[] {
  if (SECRET_BEARING.test(sql)) return params.map(() => '[redacted]');
  return params.map((param) =>
    param instanceof Uint8Array ? `[${param.byteLength} bytes]` : param,
  );
}
