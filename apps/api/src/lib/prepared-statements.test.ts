import type { Db } from '@praxis/db/client';
import { createTestDatabase, type TestDatabase } from '@praxis/db/testing/test-database';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared, preparedSql, statementName, uuidArrayValue } from './prepared-statements.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('prepared', () => {
  it('builds a statement once per database handle and name, and again for another of either', () => {
    const first = {} as Db;
    const second = {} as Db;
    const built: string[] = [];
    const build = (name: string) => {
      built.push(name);
      return { name, serial: built.length };
    };
    const a = prepared(first, 'thread_page_member', build);
    expect(prepared(first, 'thread_page_member', build)).toBe(a);
    expect(prepared(first, 'thread_page_all', build)).toEqual({
      name: 'thread_page_all',
      serial: 2,
    });
    expect(prepared(second, 'thread_page_member', build)).toEqual({
      name: 'thread_page_member',
      serial: 3,
    });
    expect(built).toEqual(['thread_page_member', 'thread_page_all', 'thread_page_member']);
  });
});

describe('statementName', () => {
  it('keeps a short name, and gives long names that share their first 63 bytes distinct names of at most 63', () => {
    expect(statementName('directory.page.byName')).toBe('directory.page.byName');
    const four = 'directory.page.byName.expertise.programme.language.openToAdvise';
    const five = `${four}.level`;
    const names = [four, five, `${four}.afterCursor`].map(statementName);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(statementName(five)).toBe(statementName(five));
  });

  it('runs two long-named variants side by side on one database', async () => {
    const long = 'test.preparedSql.a-name-long-enough-to-pass-the-sixty-three-bytes-postgres-keeps';
    const first = preparedSql(database.db, `${long}.one`, () => sql`select 1 as n`);
    const second = preparedSql(database.db, `${long}.two`, () => sql`select 2 as n`);
    const rowsOf = (result: unknown) =>
      Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    for (let round = 0; round < 2; round += 1) {
      expect(rowsOf(await first.execute())).toEqual([{ n: 1 }]);
      expect(rowsOf(await second.execute())).toEqual([{ n: 2 }]);
    }
  });
});

describe('preparedSql', () => {
  it('runs a written statement again and again with each call’s values, a placeholder used twice included', async () => {
    const twice = () =>
      preparedSql(
        database.db,
        'test.preparedSql',
        () =>
          sql`select ${sql.placeholder('word')}::text || '-' || ${sql.placeholder('word')}::text as pair, ${sql.placeholder('n')}::int + 1 as next`,
      );
    expect(twice()).toBe(twice());
    for (const [word, n] of [
      ['tide', 1],
      ['reef', 41],
    ] as const) {
      const result = (await twice().execute({ word, n })) as unknown as
        | { rows: { pair: string; next: number }[] }
        | { pair: string; next: number }[];
      const rows = Array.isArray(result) ? result : result.rows;
      expect(rows).toEqual([{ pair: `${word}-${word}`, next: n + 1 }]);
    }
  });
});

describe('uuidArrayValue', () => {
  it('writes ids as a PostgreSQL array literal', () => {
    expect(
      uuidArrayValue([
        '6f1c2a4e-0000-4000-8000-000000000001',
        '6f1c2a4e-0000-4000-8000-000000000002',
      ]),
    ).toBe('{6f1c2a4e-0000-4000-8000-000000000001,6f1c2a4e-0000-4000-8000-000000000002}');
    expect(uuidArrayValue([])).toBe('{}');
  });

  it('refuses anything but a uuid, which could carry a comma or a brace into another element', () => {
    const id = '6f1c2a4e-0000-4000-8000-000000000001';
    for (const bad of [`${id},${id}`, `{${id}}`, '"x"', '', 'not-a-uuid']) {
      expect(() => uuidArrayValue([id, bad])).toThrow(/not a uuid/);
    }
  });
});
