import { setImmediate as nextTurn } from 'node:timers/promises';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { apartFromRequests, statementLog, tagStatementsWithRequests } from './statement-log.ts';

function recorder() {
  const records: { sql: string; params: unknown[]; turn: number; request: string | null }[] = [];
  const log = statementLog(() => ({
    debug: (record: object) => records.push(record as (typeof records)[number]),
  }));
  return { records, log };
}

describe('statementLog', () => {
  it('logs each statement with its parameters', () => {
    const { records, log } = recorder();
    log('select * from threads where id = $1', ['t1']);
    expect(records).toEqual([
      {
        sql: 'select * from threads where id = $1',
        params: ['t1'],
        turn: expect.any(Number),
        request: null,
      },
    ]);
  });

  it('gives statements started together one turn, and one sent after an answer a later turn', async () => {
    const { records, log } = recorder();
    log('select 1', []);
    await Promise.resolve();
    log('select 2', []);
    await nextTurn();
    log('select 3', []);
    const [first, second, third] = records.map((record) => record.turn);
    expect(second).toBe(first);
    expect(third).toBeGreaterThan(first ?? 0);
  });

  it("leaves out the parameters of statements carrying secrets, and files' bytes", () => {
    const { records, log } = recorder();
    log('update "members" set "password_hash" = $1 where "id" = $2', ['$argon2id$v=19$x', 'm1']);
    log('insert into "server_secrets" ("name", "value") values ($1, $2)', ['vapid', 'key']);
    log('insert into "attachments" ("id", "bytes") values ($1, $2)', ['a1', Buffer.alloc(2048)]);
    log('insert into "outbox_emails" ("to", "text") values ($1, $2)', ['a@x', '/reset?token=s']);
    log('insert into "jobs" ("kind", "payload") values ($1, $2)', ['mail', '{"link":"s"}']);
    log('select "id" from "joined_things" where "id" = $1', ['j1']);
    expect(records.map((record) => record.params)).toEqual([
      ['[redacted]', '[redacted]'],
      ['[redacted]', '[redacted]'],
      ['a1', '[2048 bytes]'],
      ['[redacted]', '[redacted]'],
      ['[redacted]', '[redacted]'],
      ['j1'],
    ]);
  });

  it('writes nothing before the app has a logger', () => {
    expect(() => statementLog(() => undefined)('select 1', [])).not.toThrow();
  });
});

describe('tagStatementsWithRequests', () => {
  async function appLogging() {
    const { records, log } = recorder();
    const app = Fastify();
    tagStatementsWithRequests(app);
    // An async hook before the handler, as the session lookup is.
    app.addHook('onRequest', async () => {
      await nextTurn();
      log('select session', []);
    });
    app.post('/things', async (request) => {
      await nextTurn();
      log('insert thing', [(request.body as { name: string }).name]);
      return { request: request.id };
    });
    await app.ready();
    return { app, records, log };
  }

  it("tags each statement with the id of the request it ran for, hooks and body's work included", async () => {
    const { app, records } = await appLogging();
    const answers = await Promise.all(
      ['a', 'b'].map((name) => app.inject({ method: 'POST', url: '/things', payload: { name } })),
    );
    const [a, b] = answers.map((answer) => answer.json<{ request: string }>().request);
    const tagged = records;
    expect(a).not.toBe(b);
    expect(
      tagged.filter((record) => record.sql === 'select session').map((record) => record.request),
    ).toEqual(expect.arrayContaining([a, b]));
    expect(
      tagged
        .filter((record) => record.sql === 'insert thing')
        .map((record) => [record.params[0], record.request]),
    ).toEqual(
      expect.arrayContaining([
        ['a', a],
        ['b', b],
      ]),
    );
    await app.close();
  });

  it('tags work of no request with null', async () => {
    const { app, records, log } = await appLogging();
    await app.inject({ method: 'POST', url: '/things', payload: { name: 'a' } });
    log('insert into email_deliveries', []);
    expect(records.at(-1)).toMatchObject({ sql: 'insert into email_deliveries', request: null });
    await app.close();
  });

  it('tags with null the work a request sets going apart from itself, its later turns too', async () => {
    const { records, log } = recorder();
    const app = Fastify();
    tagStatementsWithRequests(app);
    let background: Promise<void> = Promise.resolve();
    app.get('/facets', async (request) => {
      log('select page', []);
      background = apartFromRequests(async () => {
        log('select facets', []);
        await nextTurn();
        log('select facets again', []);
      });
      return { request: request.id };
    });
    const answer = await app.inject({ method: 'GET', url: '/facets' });
    await background;
    const ran = Object.fromEntries(records.map((record) => [record.sql, record.request]));
    expect(ran).toEqual({
      'select page': answer.json<{ request: string }>().request,
      'select facets': null,
      'select facets again': null,
    });
    await app.close();
  });
});
