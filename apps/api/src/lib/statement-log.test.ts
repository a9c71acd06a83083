import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { statementLog } from './statement-log.ts';

function recorder() {
  const records: { sql: string; params: unknown[]; turn: number }[] = [];
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
      { sql: 'select * from threads where id = $1', params: ['t1'], turn: expect.any(Number) },
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
    expect(records.map((record) => record.params)).toEqual([
      ['[redacted]', '[redacted]'],
      ['[redacted]', '[redacted]'],
      ['a1', '[2048 bytes]'],
    ]);
  });

  it('writes nothing before the app has a logger', () => {
    expect(() => statementLog(() => undefined)('select 1', [])).not.toThrow();
  });
});
