import type { Db } from '@praxis/db/client';
import { createTestDatabase, type TestDatabase } from '@praxis/db/testing/test-database';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepared,
  preparedSql,
  statementName,
  textNamer,
  uuidArrayValue,
} from './prepared-statements.ts';
import { shapedSelect, shapedStatement } from './shaped-statements.ts';

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

describe('textNamer', () => {
  const rowsOf = (result: unknown) =>
    (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      n: number;
      word: string;
    }[];
  // Three texts (the operator is part of the text), each with its values as parameters.
  const text = (operator: '+' | '-' | '*', n: unknown, word: unknown) =>
    sql`select ${n}::int ${sql.raw(operator)} 1 as n, ${word}::text as word`;
  const shaped = (namer: ReturnType<typeof textNamer>, prefix: string) =>
    shapedStatement(
      prefix,
      ({ operator }: { operator: '+' | '-' | '*' }) =>
        text(operator, sql.placeholder('n'), sql.placeholder('word')),
      { namer },
    );

  it('answers as db.execute does, names a text once it recurs, and no more texts than its limit', async () => {
    const namer = textNamer({ max: 2, after: 2 });
    const statement = shaped(namer, 'test.text');
    for (const [operator, n, word, size] of [
      ['+', 1, 'tide', 0],
      ['+', 41, 'reef', 1],
      ['+', 2, 'sand', 1],
      ['-', 5, 'kelp', 1],
      ['*', 7, 'gull', 1],
      ['-', 3, 'wave', 2],
      ['*', 9, 'tern', 2],
      ['+', 2, 'dune', 2],
    ] as const) {
      const expected = rowsOf(await database.db.execute(text(operator, n, word)));
      const named = rowsOf(await statement(database.db, { operator }, { n, word }));
      expect(named).toEqual(expected);
      expect(named[0]?.word).toBe(word);
      expect(namer.size).toBe(size);
    }
  });

  it('prepares a named text on the connection, and sends the texts past its limit unnamed', async () => {
    const statement = shaped(textNamer({ max: 1, after: 1 }), 'test.connection');
    const prepared = await database.db.transaction(async (tx) => {
      await statement(tx, { operator: '+' }, { n: 1, word: 'tide' });
      await statement(tx, { operator: '-' }, { n: 1, word: 'tide' });
      await statement(tx, { operator: '-' }, { n: 1, word: 'tide' });
      const result = await tx.execute(
        sql`select statement from pg_prepared_statements where name like 'test.connection.%'`,
      );
      return (result as unknown as { rows: { statement: string }[] }).rows;
    });
    // The embedded database's driver sends every statement unnamed.
    if (database.driver === 'pglite') expect(prepared).toEqual([]);
    else expect(prepared.map((row) => row.statement)).toEqual([expect.stringContaining(' + 1')]);
  });
});

describe('shapedStatement', () => {
  const rowsOf = (result: unknown) =>
    (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];

  it('builds a text once per shape, fills each call’s values, and builds a shape again once it was pushed out', async () => {
    const built: string[] = [];
    const statement = shapedStatement(
      'test.shaped',
      ({ operator }: { operator: '+' | '-' }) => {
        built.push(operator);
        return sql`select ${sql.placeholder('n')}::int ${sql.raw(operator)} ${sql.placeholder('by')}::int as n`;
      },
      { namer: textNamer({ max: 2, after: 1 }), kept: 1, verify: false },
    );
    const run = async (operator: '+' | '-', n: number, by: number) =>
      rowsOf(await statement(database.db, { operator }, { n, by }))[0]?.n;
    expect(await run('+', 1, 2)).toBe(3);
    expect(await run('+', 40, 2)).toBe(42);
    expect(built).toEqual(['+']);
    expect(await run('-', 40, 2)).toBe(38);
    expect(await run('-', 10, 3)).toBe(7);
    expect(await run('+', 5, 5)).toBe(10);
    expect(built).toEqual(['+', '-', '+']);
  });

  it('refuses a call that leaves out a value its text uses, or leaves it undefined, rather than sending null', async () => {
    const statement = shapedStatement(
      'test.shaped.missing',
      ({ room }: { room: boolean }) =>
        room ? sql`select ${sql.placeholder('room')}::int as n` : sql`select 0 as n`,
      { namer: textNamer({ max: 1, after: 1 }) },
    );
    await expect(statement(database.db, { room: true }, {})).rejects.toThrow('no value for "room"');
    await expect(statement(database.db, { room: true }, { room: undefined })).rejects.toThrow(
      'no value for "room"',
    );
    expect(rowsOf(await statement(database.db, { room: false }, { room: undefined }))).toEqual([
      { n: 0 },
    ]);
  });

  it('refuses, under tests, a builder whose text or fixed values differ for one shape', async () => {
    let calls = 0;
    const statement = shapedStatement(
      'test.shaped.leaky',
      () => {
        calls += 1;
        return sql`select ${calls}::int as n`;
      },
      { namer: textNamer({ max: 1, after: 1 }), verify: true },
    );
    expect(rowsOf(await statement(database.db, {}, {}))).toEqual([{ n: 1 }]);
    await expect(statement(database.db, {}, {})).rejects.toThrow('one shape built two texts');
  });
});

describe('shapedSelect', () => {
  it('maps a select’s columns as drizzle does, built once per shape, in a transaction as outside one', async () => {
    const built: boolean[] = [];
    const page = shapedSelect(
      'test.shapedSelect',
      (db: Db, { twice }: { twice: boolean }) => {
        built.push(twice);
        const n = twice ? sql`${sql.placeholder('n')}::int * 2` : sql`${sql.placeholder('n')}::int`;
        return db
          .select({ n: sql<string>`${n}`.mapWith((value) => `n=${value}`), word: sql<string>`'x'` })
          .from(sql`(select 1) as one`);
      },
      { namer: textNamer({ max: 1, after: 1 }), verify: false },
    );
    expect(await page(database.db, { twice: true }, { n: 4 })).toEqual([{ n: 'n=8', word: 'x' }]);
    const inTransaction = await database.db.transaction((tx) =>
      page(tx, { twice: true }, { n: 5 }),
    );
    expect(inTransaction).toEqual([{ n: 'n=10', word: 'x' }]);
    expect(await page(database.db, { twice: false }, { n: 5 })).toEqual([{ n: 'n=5', word: 'x' }]);
    expect(built).toEqual([true, false]);
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
