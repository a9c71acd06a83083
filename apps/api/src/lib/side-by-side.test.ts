import type { Db } from '@praxis/db/client';
import { createTestDatabase, type TestDatabase } from '@praxis/db/testing/test-database';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sideBySide } from './side-by-side.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** A read that says when it starts and when its answer came. */
const traced = (db: Db, events: string[], name: string, value: number) => async () => {
  events.push(`${name} starts`);
  await db.execute(sql`select 1`);
  events.push(`${name} answered`);
  return value;
};

describe('sideBySide', () => {
  it('runs the reads of a transaction one after another, each once the last has answered', async () => {
    const events: string[] = [];
    const results = await database.db.transaction((tx) =>
      sideBySide(tx, [traced(tx, events, 'first', 1), traced(tx, events, 'second', 2)]),
    );
    expect(results).toEqual([1, 2]);
    expect(events).toEqual(['first starts', 'first answered', 'second starts', 'second answered']);
  });

  it('starts every read on the pool at once, and answers in the order they were given', async () => {
    let started = 0;
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const waiting = (value: string) => async () => {
      started += 1;
      await gate;
      return value;
    };
    const answer = sideBySide(database.db, [waiting('a'), waiting('b'), waiting('c')]);
    // Each read has started before any could answer: none waits for another.
    expect(started).toBe(3);
    open();
    expect(await answer).toEqual(['a', 'b', 'c']);
  });

  it('stops at the first read that fails, in a transaction, and runs none after it', async () => {
    const events: string[] = [];
    const failing = async () => {
      events.push('failing starts');
      throw new Error('this read fails');
    };
    await expect(
      database.db.transaction((tx) => sideBySide(tx, [failing, traced(tx, events, 'after', 1)])),
    ).rejects.toThrow('this read fails');
    expect(events).toEqual(['failing starts']);
  });
});
