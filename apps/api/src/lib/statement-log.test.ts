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

  it('writes nothing before the app has a logger', () => {
    expect(() => statementLog(() => undefined)('select 1', [])).not.toThrow();
  });
});
