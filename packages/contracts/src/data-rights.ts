import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AuditReason } from './audit.ts';

/**
 * What becomes of a deleted member's posts: kept, shown as a former member's, or erased (replies
 * leave a "deleted" placeholder; a thread others replied to keeps their replies). Direct messages
 * are erased either way.
 */
export const ErasureMode = z.enum(['keep_posts', 'erase_posts'], {
  error: msg('dataRights.validation.modeUnknown'),
});
export type ErasureMode = z.infer<typeof ErasureMode>;

/** The member deletes their own account, confirming with their password. */
export const AccountDeletionBody = z.object({
  mode: ErasureMode,
  password: z
    .string({ error: msg('dataRights.validation.passwordRequired') })
    .min(1, { error: msg('dataRights.validation.passwordRequired') })
    .max(1000, { error: msg('dataRights.validation.passwordRequired') }),
});
export type AccountDeletionBody = z.infer<typeof AccountDeletionBody>;

/** An admin deletes a member's account, saying why (kept in the audit log). */
export const MemberDeletionBody = z.object({ mode: ErasureMode, reason: AuditReason });
export type MemberDeletionBody = z.infer<typeof MemberDeletionBody>;

/** When a deleted account's personal data is erased for good. */
export const AccountDeletion = z.object({ erasesAt: z.iso.datetime() });
export type AccountDeletion = z.infer<typeof AccountDeletion>;

/** A zip of everything Praxis holds about a member: being prepared, ready to download, or gone. */
export const DataExport = z.object({
  id: z.uuid(),
  /** `failed`: still not ready after every attempt; the member may ask again. */
  status: z.enum(['preparing', 'ready', 'expired', 'failed']),
  requestedAt: z.iso.datetime(),
  readyAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  byteSize: z.number().int().nullable(),
});
export type DataExport = z.infer<typeof DataExport>;

/** The member's latest export, if they asked for one. */
export const DataExportState = z.object({ latest: DataExport.nullable() });
export type DataExportState = z.infer<typeof DataExportState>;

export const DataExportParams = z.object({
  id: z.uuid({ error: msg('dataRights.validation.exportIdInvalid') }),
});
