import {
  type Attachment,
  attachmentThumbnailUrl,
  attachmentUrl,
  DAILY_ATTACHMENT_BYTES,
  DAILY_ATTACHMENT_FILES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_POST,
} from '@praxis/contracts/attachments';
import type { AccountMember } from '@praxis/contracts/members';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import { AppError } from '../../app-error.ts';
import { checkFile } from './attachment-files.service.ts';
import * as repository from './attachments.repository.ts';

export type { Owner, OwnerKind } from './attachments.repository.ts';

/** An upload nobody attached within a day is deleted by the hourly clean-up. */
export const UNATTACHED_LIFETIME_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const attachmentTooLarge = () =>
  new AppError('payload_too_large', msg('errors.attachments.tooLarge'));

/** Keeps what a person can read of a file's name: no folders, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(0, 200) || 'file';
}

export function toAttachment(row: repository.AttachmentRow): Attachment {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    pageCount: row.pageCount,
    url: attachmentUrl(row.id),
    thumbnailUrl: row.kind === 'image' ? attachmentThumbnailUrl(row.id) : null,
  };
}

function dailyLimitReached(now: Date) {
  const nextDay = Math.ceil((now.getTime() + 1) / DAY_MS) * DAY_MS;
  const seconds = Math.ceil((nextDay - now.getTime()) / 1000);
  return new AppError(
    'rate_limited',
    msg('errors.attachments.dailyLimit', {
      files: DAILY_ATTACHMENT_FILES,
      megabytes: DAILY_ATTACHMENT_BYTES / (1024 * 1024),
      hours: Math.max(1, Math.round(seconds / 3600)),
    }),
    { retryAfterSeconds: seconds },
  );
}

export function createAttachmentService(db: Db) {
  return {
    /**
     * Checks the file by its content and keeps it as the member's upload, counted towards their
     * day. Nothing is stored when the check or the count refuses it.
     */
    async upload(
      actor: AccountMember,
      file: { bytes: Uint8Array; fileName: string; declaredType?: string },
      now = new Date(),
    ): Promise<Attachment> {
      if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge();
      const checked = await checkFile(file.bytes, file.fileName, file.declaredType);
      const row = await db.transaction(async (tx) => {
        const day = now.toISOString().slice(0, 10);
        const counted = await repository.countUpload(
          tx,
          { memberId: actor.id, day, bytes: file.bytes.length },
          { files: DAILY_ATTACHMENT_FILES, bytes: DAILY_ATTACHMENT_BYTES },
        );
        if (!counted) throw dailyLimitReached(now);
        return repository.insertAttachment(tx, {
          ...checked,
          uploaderId: actor.id,
          fileName: cleanFileName(file.fileName),
          byteSize: checked.content.length,
        });
      });
      return toAttachment(row);
    },

    /** A file or thumbnail, if the viewer may see it now; else 404, whichever the reason. */
    async bytes(viewer: AccountMember, id: string, variant: 'file' | 'thumbnail') {
      const found = await repository.findVisibleBytes(db, viewer, id, variant);
      if (!found?.bytes) throw new AppError('not_found', msg('errors.attachments.fileGone'));
      return { ...found, bytes: found.bytes };
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;

/** Uploads nobody attached within a day, and quota days that are over. */
export async function deleteExpiredUploads(db: Db, now: Date) {
  await repository.deleteUnattachedBefore(db, new Date(now.getTime() - UNATTACHED_LIFETIME_MS));
  const yesterday = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);
  await repository.deleteQuotasBefore(db, yesterday);
}

// What owners call, inside the transaction that writes or deletes the post or message: the
// attachments module never reads their tables.

/**
 * Makes the listed uploads the owner's files: on an edit, files no longer listed are deleted.
 * Refuses (the caller's transaction rolls back) when one is not the author's own unattached
 * upload nor already the owner's.
 */
export async function attachFiles(
  tx: Db,
  authorId: string,
  owner: repository.Owner,
  ids: readonly string[] | undefined,
): Promise<void> {
  if (ids === undefined) return;
  const wanted = [...new Set(ids)];
  const already = new Set(await repository.attachedIds(tx, owner));
  await repository.deleteOf(
    tx,
    owner,
    wanted.filter((id) => already.has(id)),
  );
  const fresh = wanted.filter((id) => !already.has(id));
  const taken = await repository.attach(tx, authorId, owner, fresh);
  if (taken !== fresh.length) {
    throw new AppError('invalid', msg('errors.attachments.notYourUploads'), {
      fields: { attachmentIds: msg('errors.attachments.notYourUploads') },
    });
  }
}

/**
 * Files that came with a mail reply, through the same checks and daily limits as uploads: the
 * ids of those kept, to attach to what the mail posts, and how many were left out.
 */
export async function uploadMailFiles(
  db: Db,
  actor: AccountMember,
  files: readonly { content: Buffer; filename?: string | undefined; contentType: string }[],
): Promise<{ ids: string[]; leftOut: number }> {
  const attachments = createAttachmentService(db);
  const ids: string[] = [];
  for (const file of files.slice(0, MAX_ATTACHMENTS_PER_POST)) {
    try {
      const fileName = file.filename?.trim() || 'file';
      const stored = await attachments.upload(actor, {
        bytes: file.content,
        fileName,
        declaredType: file.contentType,
      });
      ids.push(stored.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { ids, leftOut: files.length - ids.length };
}

/** Deletes an owner's files with it. */
export async function deleteFilesOf(tx: Db, owner: repository.Owner): Promise<void> {
  await repository.deleteOf(tx, owner);
}

/** The files of each of several owners of one kind, in the order they were attached. */
export async function filesOf(
  db: Db,
  kind: repository.OwnerKind,
  ownerIds: readonly string[],
): Promise<Map<string, Attachment[]>> {
  const rows = await repository.listOf(db, kind, [...new Set(ownerIds)]);
  const byOwner = new Map<string, Attachment[]>();
  for (const row of rows) {
    if (!row.ownerId) continue;
    const list = byOwner.get(row.ownerId) ?? [];
    list.push(toAttachment(row));
    byOwner.set(row.ownerId, list);
  }
  return byOwner;
}
