import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { attachmentQuotas, attachments } from '@praxis/db/schema/attachments';
import { and, asc, eq, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import { prepared, uuidArray, uuidArrayValue } from '../../lib/prepared-statements.ts';
import { attachmentVisibleTo } from './attachments.visibility.ts';

export type NewAttachment = typeof attachments.$inferInsert;
export type OwnerKind = NonNullable<NewAttachment['ownerKind']>;
export interface Owner {
  kind: OwnerKind;
  id: string;
}

const shown = {
  id: attachments.id,
  kind: attachments.kind,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  byteSize: attachments.byteSize,
  width: attachments.width,
  height: attachments.height,
  pageCount: attachments.pageCount,
  ownerId: attachments.ownerId,
};
export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findShown>>>;

export async function insertAttachment(db: Db, attachment: NewAttachment) {
  const [row] = await db.insert(attachments).values(attachment).returning(shown);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findShown(db: Db, id: string) {
  const [row] = await db.select(shown).from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

/** The stored bytes of a file or its thumbnail, only if the viewer may see it now. */
export async function findVisibleBytes(
  db: Db,
  viewer: AccountMember,
  id: string,
  variant: 'file' | 'thumbnail',
) {
  const [row] = await db
    .select({
      bytes: variant === 'file' ? attachments.content : attachments.thumbnail,
      kind: attachments.kind,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
    })
    .from(attachments)
    .where(and(eq(attachments.id, id), attachmentVisibleTo(viewer)));
  return row ?? null;
}

/**
 * Gives the member's unattached uploads to an owner; returns how many it took, so that the
 * caller can refuse (and roll back) when some were not theirs to give.
 */
export async function attach(db: Db, uploaderId: string, owner: Owner, ids: string[]) {
  if (ids.length === 0) return 0;
  const taken = await db
    .update(attachments)
    .set({ ownerKind: owner.kind, ownerId: owner.id, attachedAt: new Date() })
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.uploaderId, uploaderId),
        isNull(attachments.ownerKind),
      ),
    )
    .returning({ id: attachments.id });
  return taken.length;
}

/** Deletes an owner's files except those kept (an edit that removed some). */
export async function deleteOf(db: Db, owner: Owner, keep: string[] = []) {
  await db
    .delete(attachments)
    .where(
      and(
        eq(attachments.ownerKind, owner.kind),
        eq(attachments.ownerId, owner.id),
        keep.length > 0 ? notInArray(attachments.id, keep) : undefined,
      ),
    );
}

export async function attachedIds(db: Db, owner: Owner) {
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.ownerKind, owner.kind), eq(attachments.ownerId, owner.id)));
  return rows.map((row) => row.id);
}

export async function listOf(db: Db, kind: OwnerKind, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  // Every thread and reply page asks it: prepared once, for any number of owners.
  const statement = prepared(db, 'attachments_of', (name) =>
    db
      .select(shown)
      .from(attachments)
      .where(
        and(
          eq(attachments.ownerKind, sql.placeholder('kind')),
          sql`${attachments.ownerId} = any(${uuidArray('ownerIds')})`,
        ),
      )
      .orderBy(asc(attachments.attachedAt), asc(attachments.createdAt), asc(attachments.id))
      .prepare(name),
  );
  return statement.execute({ kind, ownerIds: uuidArrayValue(ownerIds) });
}

export async function deleteUnattachedBefore(db: Db, before: Date) {
  const gone = await db
    .delete(attachments)
    .where(and(isNull(attachments.ownerKind), lt(attachments.createdAt, before)))
    .returning({ id: attachments.id });
  return gone.length;
}

/**
 * Counts one upload of `bytes` towards the member's day, unless that would pass a limit: one
 * conditional upsert, so that parallel uploads cannot slip past it together. False: refused.
 */
export async function countUpload(
  db: Db,
  upload: { memberId: string; day: string; bytes: number },
  limits: { files: number; bytes: number },
) {
  const counted = await db
    .insert(attachmentQuotas)
    .values({ memberId: upload.memberId, day: upload.day, files: 1, bytes: upload.bytes })
    .onConflictDoUpdate({
      target: [attachmentQuotas.memberId, attachmentQuotas.day],
      set: {
        files: sql`${attachmentQuotas.files} + 1`,
        bytes: sql`${attachmentQuotas.bytes} + ${upload.bytes}`,
      },
      setWhere: sql`${attachmentQuotas.files} + 1 <= ${limits.files}
                    and ${attachmentQuotas.bytes} + ${upload.bytes} <= ${limits.bytes}`,
    })
    .returning({ files: attachmentQuotas.files });
  return counted.length > 0;
}

export async function deleteQuotasBefore(db: Db, day: string) {
  await db.delete(attachmentQuotas).where(lt(attachmentQuotas.day, day));
}
