import { cohortMemberships, cohorts } from '@praxis/db/schema/cohorts';
import { members } from '@praxis/db/schema/members';
import { createCohort, createMember } from '@praxis/db/testing/factories';
import { createTestDatabase, type TestDatabase } from '@praxis/db/testing/test-database';
import { DrizzleQueryError, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLeanRows } from './prepared-rows.ts';

let database: TestDatabase;
let inCohort: string;
let alone: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  inCohort = (await createMember(db, { profile: { expertise: ['procurement', 'design'] } })).id;
  alone = (await createMember(db)).id;
  await createCohort(db, { name: 'Lean rows 2024', memberIds: [inCohort] });
});
afterAll(() => database.close());

const byId = sql.placeholder('id');

/** Each statement twice: as drizzle executes it, and with the lean execute. */
const shapes = {
  nested: (name: string) =>
    database.db
      .select({
        id: members.id,
        createdAt: members.createdAt,
        expertise: members.expertise,
        profile: { handle: members.handle, role: members.role },
        twice: sql<number>`2 * 21`.mapWith(Number),
        label: sql<string>`'x' || ${members.handle}`,
      })
      .from(members)
      .where(eq(members.id, byId))
      .prepare(name),
  joinedObject: (name: string) =>
    database.db
      .select({
        id: members.id,
        cohort: { id: cohorts.id, name: cohorts.name, year: cohorts.year },
      })
      .from(members)
      .leftJoin(cohortMemberships, eq(cohortMemberships.memberId, members.id))
      .leftJoin(cohorts, eq(cohorts.id, cohortMemberships.cohortId))
      .where(eq(members.id, byId))
      .prepare(name),
  // Keys a row's object is written with as they are: quotes, a line separator, and names that
  // an empty object already answers to.
  oddKeys: (name: string) =>
    database.db
      .select({
        'say "hi"\\': members.handle,
        constructor: members.id,
        'line\u2028break': sql<number>`1`.mapWith(Number),
        nested: { toString: members.role, hasOwnProperty: members.createdAt },
      })
      .from(members)
      .where(eq(members.id, byId))
      .prepare(name),
  wholeTables: (name: string) =>
    database.db
      .select()
      .from(members)
      .leftJoin(cohortMemberships, eq(cohortMemberships.memberId, members.id))
      .where(eq(members.id, byId))
      .prepare(name),
};

describe('withLeanRows', () => {
  for (const [shape, build] of Object.entries(shapes)) {
    it(`answers a ${shape} select exactly as drizzle does, key order included`, async () => {
      const drizzles = build(`test.lean.${shape}.drizzle`);
      const lean = withLeanRows(build(`test.lean.${shape}.lean`));
      // The lean path is really taken: a drizzle upgrade that changes its internals fails here.
      expect(lean.execute).not.toBe(Object.getPrototypeOf(lean).execute);
      for (const id of [inCohort, alone, inCohort]) {
        const expected = await drizzles.execute({ id });
        expect(expected).toHaveLength(1);
        const answer = await lean.execute({ id });
        expect(answer).toEqual(expected);
        // The same keys in the same order, to the last nested object.
        expect(JSON.stringify(answer)).toBe(JSON.stringify(expected));
      }
    });
  }

  it('decodes as drizzle does: dates as Date, a mapped sql value, a joined object null when unmatched', async () => {
    const nested = withLeanRows(shapes.nested('test.lean.decoded'));
    const [row] = await nested.execute({ id: inCohort });
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(row?.twice).toBe(42);
    expect(row?.expertise).toEqual(['procurement', 'design']);
    const joined = withLeanRows(shapes.joinedObject('test.lean.joined'));
    expect((await joined.execute({ id: alone }))[0]?.cohort).toBeNull();
    expect((await joined.execute({ id: inCohort }))[0]?.cohort).toMatchObject({
      name: 'Lean rows 2024',
      year: 2024,
    });
  });

  it('answers inside a transaction, on its connection, as drizzle does', async () => {
    await database.db.transaction(async (tx) => {
      const build = (name: string) =>
        tx
          .select({ id: members.id, createdAt: members.createdAt, expertise: members.expertise })
          .from(members)
          .where(eq(members.id, byId))
          .prepare(name);
      const drizzles = build('test.lean.transaction.drizzle');
      const lean = withLeanRows(build('test.lean.transaction.lean'));
      expect(lean.execute).not.toBe(Object.getPrototypeOf(lean).execute);
      const expected = await drizzles.execute({ id: inCohort });
      expect(expected).toHaveLength(1);
      expect(await lean.execute({ id: inCohort })).toEqual(expected);
    });
  });

  it('wraps a failed statement as drizzle does, with the database error as its cause', async () => {
    const lean = withLeanRows(shapes.nested('test.lean.failing'));
    const failure = await lean.execute({ id: 'not-a-uuid' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DrizzleQueryError);
    expect((failure as DrizzleQueryError).cause).toMatchObject({ code: '22P02' });
  });

  it('leaves a statement it does not know as it is', () => {
    const write = database.db
      .update(members)
      .set({ headline: 'x' })
      .where(eq(members.id, byId))
      .prepare('test.lean.write');
    const execute = write.execute;
    expect(withLeanRows(write).execute).toBe(execute);
    // An object literal's `__proto__` would set the row's prototype: left to drizzle.
    const proto = database.db
      .select({ ['__proto__']: members.id, id: members.id })
      .from(members)
      .where(eq(members.id, byId))
      .prepare('test.lean.proto');
    const drizzles = proto.execute;
    expect(withLeanRows(proto).execute).toBe(drizzles);
    const other = { execute: () => 1 };
    expect(withLeanRows(other)).toBe(other);
  });
});
