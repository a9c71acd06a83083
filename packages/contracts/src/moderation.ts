import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AuditReason } from './audit.ts';
import { Author } from './common.ts';

export const FlagBody = z.object({
  reason: z
    .string({ error: msg('validation.moderation.reasonRequired') })
    .trim()
    .min(3, { error: msg('validation.moderation.reasonTooShort') })
    .max(500, { error: msg('validation.moderation.reasonTooLong') })
    .refine((value) => !value.includes('\u0000'), {
      error: msg('validation.moderation.reasonNul'),
    }),
  replyId: z
    .uuid({ error: msg('validation.moderation.replyNotInThread') })
    .nullable()
    .default(null),
});
export type FlagBody = z.input<typeof FlagBody>;

export type FlagInput = z.output<typeof FlagBody>;

export const ModerationBody = z.object({
  pinned: z.boolean().optional(),
  locked: z.boolean().optional(),
  hidden: z.boolean().optional(),
  /** Why, for the audit log. */
  reason: AuditReason,
});
export type ModerationBody = z.infer<typeof ModerationBody>;

export const Flag = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  threadTitle: z.string(),
  replyId: z.uuid().nullable(),
  reason: z.string(),
  flaggedBy: Author,
  createdAt: z.iso.datetime(),
});

export const FlagPage = z.object({ flags: z.array(Flag), nextCursor: z.string().nullable() });
export type FlagPage = z.infer<typeof FlagPage>;

export const FlagParams = z.object({ id: z.uuid({ error: msg('validation.moderation.flagId') }) });
