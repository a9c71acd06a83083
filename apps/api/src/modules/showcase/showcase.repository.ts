import type { ShowcaseAnswer } from '@praxis/contracts/showcase';
import type { Db } from '@praxis/db/client';
import { showcaseCredits, showcaseItems } from '@praxis/db/schema/showcase';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Position } from '../../pagination.ts';
import { lessonStillPublic } from '../lessons/lessons.visibility.ts';
import { pilotStillPublic } from '../pilots/pilots.visibility.ts';

// The showcase's own tables: items and the people they name.

export type ItemRow = typeof showcaseItems.$inferSelect;
export type NewItem = typeof showcaseItems.$inferInsert;
export type CreditRow = typeof showcaseCredits.$inferSelect;

export async function insertItem(tx: Db, values: NewItem) {
  const [row] = await tx.insert(showcaseItems).values(values).returning();
  if (!row) throw new Error('showcase item insert returned no row');
  return row;
}

export async function insertCredits(
  tx: Db,
  itemId: string,
  credits: { memberId: string; role: string }[],
) {
  if (credits.length === 0) return;
  await tx.insert(showcaseCredits).values(credits.map((credit) => ({ itemId, ...credit })));
}

export async function findItem(db: Db, id: string) {
  const [row] = await db.select().from(showcaseItems).where(eq(showcaseItems.id, id));
  return row ?? null;
}

/**
 * The item, its row locked until the transaction ends: every answer and status change takes it
 * first, so that two last consents cannot both miss that they were the last.
 */
export async function lockItem(tx: Db, id: string) {
  const [row] = await tx.select().from(showcaseItems).where(eq(showcaseItems.id, id)).for('update');
  return row ?? null;
}

export async function updateItem(tx: Db, id: string, values: Partial<NewItem>) {
  const [row] = await tx
    .update(showcaseItems)
    .set(values)
    .where(eq(showcaseItems.id, id))
    .returning();
  if (!row) throw new Error('showcase item update found no row');
  return row;
}

/** Everyone each item names, in the order they were named. */
export async function creditsOf(db: Db, itemIds: string[]) {
  const credits = new Map<string, CreditRow[]>();
  if (itemIds.length === 0) return credits;
  const rows = await db
    .select()
    .from(showcaseCredits)
    .where(inArray(showcaseCredits.itemId, itemIds))
    .orderBy(
      asc(showcaseCredits.askedAt),
      asc(showcaseCredits.role),
      asc(showcaseCredits.memberId),
    );
  for (const row of rows) credits.set(row.itemId, [...(credits.get(row.itemId) ?? []), row]);
  return credits;
}

export async function setAnswer(tx: Db, itemId: string, memberId: string, answer: ShowcaseAnswer) {
  await tx
    .update(showcaseCredits)
    .set({ answer, answeredAt: new Date() })
    .where(and(eq(showcaseCredits.itemId, itemId), eq(showcaseCredits.memberId, memberId)));
}

/** Whether the lesson or pilot an item came from may still stand on the public showcase. */
export async function stillPublic(tx: Db, item: ItemRow) {
  const rule =
    item.kind === 'lesson'
      ? lessonStillPublic(
          sql`${item.lessonId}::uuid`,
          sql`${item.requestedAt.toISOString()}::timestamptz`,
        )
      : pilotStillPublic(sql`${item.pilotId}::uuid`);
  const result = await tx.execute(sql`select ${rule} as ok`);
  return (result as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok === true;
}

/**
 * Newest request first, after `before`: every item, or those naming `memberId`; only those of a
 * lesson or a pilot when given.
 */
export async function listItems(
  db: Db,
  filters: { memberId: string | null; lessonId?: string | undefined; pilotId?: string | undefined },
  before: Position | null,
  limit: number,
) {
  const { memberId, lessonId, pilotId } = filters;
  const conditions: SQL[] = [];
  if (lessonId) conditions.push(eq(showcaseItems.lessonId, lessonId));
  if (pilotId) conditions.push(eq(showcaseItems.pilotId, pilotId));
  if (memberId) {
    conditions.push(sql`exists (select 1 from showcase_credits sc
      where sc.item_id = ${showcaseItems.id} and sc.member_id = ${memberId}::uuid)`);
  }
  if (before) {
    conditions.push(
      sql`(${showcaseItems.requestedAt}, ${showcaseItems.id}) < (${before.createdAt.toISOString()}::timestamptz, ${before.id}::uuid)`,
    );
  }
  return db
    .select()
    .from(showcaseItems)
    .where(and(...conditions))
    .orderBy(desc(showcaseItems.requestedAt), desc(showcaseItems.id))
    .limit(limit + 1);
}

/**
 * Withdraws for good every live item (waiting or public) copied from these lessons or this pilot,
 * or whose lesson or pilot is gone (deleted: its id was set to null), and returns those it
 * withdrew. One conditional update: of instances running it at once, one withdraws each item.
 */
export async function withdrawLive(tx: Db, from: { lessonIds: string[] } | { pilotId: string }) {
  const source =
    'pilotId' in from
      ? or(eq(showcaseItems.pilotId, from.pilotId), isNull(showcaseItems.pilotId))
      : or(inArray(showcaseItems.lessonId, from.lessonIds), isNull(showcaseItems.lessonId));
  return tx
    .update(showcaseItems)
    .set({ status: 'withdrawn', withdrawal: 'no_longer_qualifies', withdrawnAt: new Date() })
    .where(
      and(
        inArray(showcaseItems.status, ['awaiting_consent', 'published']),
        eq(showcaseItems.kind, 'pilotId' in from ? 'pilot' : 'lesson'),
        source,
      ),
    )
    .returning();
}
