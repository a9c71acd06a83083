import type { Db } from '@praxis/db/client';
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';

type Work = readonly (() => Promise<unknown>)[];
type Results<T extends Work> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs reads side by side where they can be, like `Promise.all`, in order. On the pool each
 * takes a connection of its own. A transaction holds one connection, which runs one statement
 * at a time: there they go one after another. pg used to queue statements sent to a busy
 * connection and run them in turn all the same; it warns that pg 9 will not.
 */
export async function sideBySide<const T extends Work>(db: Db, work: T): Promise<Results<T>> {
  if (!is(db, PgTransaction)) return (await Promise.all(work.map((run) => run()))) as Results<T>;
  const results: unknown[] = [];
  for (const run of work) results.push(await run());
  return results as Results<T>;
}
