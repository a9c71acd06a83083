import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

/** The largest file a member may attach, checked by the SPA before it sends one. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** How many files a post or message may carry. */
export const MAX_ATTACHMENTS_PER_POST = 10;
/** What one member may upload in one UTC day, so that nobody can fill the disk alone. */
export const DAILY_ATTACHMENT_FILES = 50;
export const DAILY_ATTACHMENT_BYTES = 200 * 1024 * 1024;

export const ATTACHMENT_TOO_LARGE = msg('validation.attachments.tooLarge');
export const ATTACHMENT_NOT_ACCEPTED = msg('validation.attachments.notAccepted');

export const AttachmentKind = z.enum(['image', 'pdf']);
export type AttachmentKind = z.infer<typeof AttachmentKind>;

/** A stored attachment as posts and messages show it; the URLs are asked with the session. */
export const Attachment = z.object({
  id: z.uuid(),
  kind: AttachmentKind,
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  pageCount: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});
export type Attachment = z.infer<typeof Attachment>;

export const attachmentUrl = (id: string) => `/api/attachments/${id}`;
export const attachmentThumbnailUrl = (id: string) => `/api/attachments/${id}/thumbnail`;

/** The file itself, sent as the raw request body; the server checks what it contains. */
export const AttachmentUpload = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array && value.length > 0, {
    error: ATTACHMENT_NOT_ACCEPTED,
  })
  .meta({ type: 'string', format: 'binary' });

export const AttachmentUploadQuery = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: msg('validation.attachments.nameRequired') })
    .max(200, { error: msg('validation.attachments.nameTooLong') }),
});

export const AttachmentParams = z.object({
  attachmentId: z.uuid({ error: msg('validation.attachments.attachmentId') }),
});

/** Bytes of a stored file or thumbnail. */
export const AttachmentBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .meta({ type: 'string', format: 'binary' });

/** The ids of a member's uploads to attach to what they post, in the order they are shown. */
export const AttachmentIds = z
  .array(z.uuid({ error: msg('validation.attachments.attachmentId') }))
  .max(MAX_ATTACHMENTS_PER_POST, { error: msg('validation.attachments.tooMany') });
