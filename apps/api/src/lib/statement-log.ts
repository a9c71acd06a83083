import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
} from 'fastify';

/** The id of the request whose work is running, if any. */
const runningRequest = new AsyncLocalStorage<string>();

/** What the statement log writes to: the app's logger, once there is one. */
export interface DebugLog {
  debug(record: object, message: string): void;
}

/**
 * Logs each SQL statement with its parameters at debug level (`LOG_SQL=on`), for measuring what a
 * route runs. `turn` numbers the event-loop turn the statement was sent in: statements sent in the
 * same turn were started together (a `Promise.all`) and run concurrently; one that waited for
 * another's answer is in a later turn. `request` is the id of the request the statement ran for
 * (null for work of no request: jobs, listeners), once `tagStatementsWithRequests` is wired.
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
    log()?.debug(
      { sql, params: loggable(sql, params), turn, request: runningRequest.getStore() ?? null },
      'sql statement',
    );
  };
}

/**
 * Runs work that is no request's own, such as a result kept for everyone and counted again in
 * the background, outside the request that set it off: the log then names no request for it.
 */
export const apartFromRequests = <T>(work: () => T): T => runningRequest.exit(work);

/**
 * Runs each request's work, from its first hook, with the request's id in scope, so that the
 * statement log can say which request a statement ran for while requests overlap. Entered again
 * once the body is parsed: the body's stream events come from the connection, not the request.
 */
export function tagStatementsWithRequests(app: FastifyInstance) {
  const enter = (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) =>
    runningRequest.run(request.id, done);
  app.addHook('onRequest', enter);
  app.addHook('preValidation', enter);
}

/**
 * Statements touching these hold secrets in their parameters (password hashes, the server's
 * signing and push keys, members' push endpoints and keys, mail in the outbox and queued jobs,
 * whose sign-in, reset and invitation links work for whoever reads them, and mail received):
 * their parameters are left out.
 */
const SECRET_BEARING =
  /password_hash|server_secrets|push_subscriptions|outbox_emails|"?jobs"?\b|inbound_emails/i;

/** The parameters as they may be written to a log: no secrets, and no file's bytes. */
function loggable(sql: string, params: unknown[]): unknown[] {
  if (SECRET_BEARING.test(sql)) return params.map(() => '[redacted]');
  return params.map((param) =>
    param instanceof Uint8Array ? `[${param.byteLength} bytes]` : param,
  );
}
