import pg from 'pg';

// A statement sent to a connection while it runs another fails the test that sent it. pg 8
// queues such a statement and runs it after the other (warning, once a process, only from the
// third on); pg 9 refuses it. A transaction holds one connection: its reads go through
// `sideBySide`. Only the PostgreSQL run goes through pg; PGlite runs one statement at a time.

interface ClientState {
  _activeQuery: unknown;
  _queryQueue: unknown[];
}
const guarded = Symbol.for('praxis.busyConnectionGuard');
const prototype = pg.Client.prototype as typeof pg.Client.prototype & { [guarded]?: true };

// Test files share their worker's modules: the guard is put in place once.
if (!prototype[guarded]) {
  const query = prototype.query;
  prototype.query = function guardedQuery(this: pg.Client, ...args: unknown[]) {
    const state = this as unknown as ClientState;
    if (state._activeQuery || state._queryQueue.length > 0) {
      throw new Error(
        'a statement was sent to a connection that is running another: in a transaction, run reads with sideBySide',
      );
    }
    return (query as (...given: unknown[]) => unknown).apply(this, args);
  } as typeof prototype.query;
  prototype[guarded] = true;
}
