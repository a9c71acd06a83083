import type { Db } from '@praxis/db/client';
import { memberDataExports } from '@praxis/db/schema/data-rights';
import { members } from '@praxis/db/schema/members';
import { and, desc, eq, lte, sql } from 'drizzle-orm';

const exportColumns = {
  id: memberDataExports.id,
  memberId: memberDataExports.memberId,
  status: memberDataExports.status,
  byteSize: memberDataExports.byteSize,
  requestedAt: memberDataExports.requestedAt,
  readyAt: memberDataExports.readyAt,
  expiresAt: memberDataExports.expiresAt,
};

export type ExportRow = Awaited<ReturnType<typeof latestExport>> & {};

export async function latestExport(db: Db, memberId: string) {
  const [row] = await db
    .select(exportColumns)
    .from(memberDataExports)
    .where(eq(memberDataExports.memberId, memberId))
    .orderBy(desc(memberDataExports.requestedAt))
    .limit(1);
  return row ?? null;
}

export async function findExport(db: Db, id: string) {
  const [row] = await db
    .select(exportColumns)
    .from(memberDataExports)
    .where(eq(memberDataExports.id, id));
  return row ?? null;
}

export async function insertExport(db: Db, memberId: string, requestedById: string | null) {
  const [row] = await db
    .insert(memberDataExports)
    .values({ memberId, requestedById })
    .returning(exportColumns);
  if (!row) throw new Error('data export insert returned no row');
  return row;
}

/** The zip of a ready export that has not expired, for its own member only. */
export async function readyContent(db: Db, id: string, memberId: string, now: Date) {
  const [row] = await db
    .select({ content: memberDataExports.content, expiresAt: memberDataExports.expiresAt })
    .from(memberDataExports)
    .where(
      and(
        eq(memberDataExports.id, id),
        eq(memberDataExports.memberId, memberId),
        eq(memberDataExports.status, 'ready'),
      ),
    );
  if (!row?.content || !row.expiresAt || row.expiresAt <= now) return null;
  return row.content;
}

export async function storeContent(
  db: Db,
  id: string,
  content: Buffer,
  readyAt: Date,
  expiresAt: Date,
) {
  await db
    .update(memberDataExports)
    .set({ content, byteSize: content.byteLength, status: 'ready', readyAt, expiresAt })
    .where(and(eq(memberDataExports.id, id), eq(memberDataExports.status, 'preparing')));
}

/** Drops the content of the member's ready exports, when a new one replaces them. */
export async function expireExportsOf(db: Db, memberId: string) {
  await db
    .update(memberDataExports)
    .set({
      content: null,
      status: 'expired',
      expiresAt: sql`least(${memberDataExports.expiresAt}, now())`,
    })
    .where(and(eq(memberDataExports.memberId, memberId), eq(memberDataExports.status, 'ready')));
}

/** Drops the content of exports past their time; the rows stay to say they expired. */
export async function expireExports(db: Db, now: Date) {
  await db
    .update(memberDataExports)
    .set({ content: null, status: 'expired' })
    .where(and(eq(memberDataExports.status, 'ready'), lte(memberDataExports.expiresAt, now)));
}

/** Who an export's mail goes to, unless the account was deleted meanwhile. */
export async function recipientOf(db: Db, memberId: string) {
  const [row] = await db
    .select({
      email: members.email,
      name: members.name,
      locale: members.locale,
      deletedAt: members.deletedAt,
    })
    .from(members)
    .where(eq(members.id, memberId));
  return row ?? null;
}

export async function deleteExportsOf(db: Db, memberId: string) {
  await db.delete(memberDataExports).where(eq(memberDataExports.memberId, memberId));
  await db
    .update(memberDataExports)
    .set({ requestedById: null })
    .where(eq(memberDataExports.requestedById, memberId));
}
