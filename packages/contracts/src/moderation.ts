import { z } from 'zod';
import { Author } from './common.ts';

export const FlagBody = z.object({
  reason: z
    .string({ error: 'Say why you flag this post.' })
    .trim()
    .min(3, { error: 'Say why you flag this post, so organisers can act on it.' })
    .max(500, { error: 'A reason has at most 500 characters.' })
    .refine((value) => !value.includes('\u0000'), {
      error: 'A reason cannot contain NUL characters.',
    }),
  replyId: z.uuid({ error: 'Not a reply in this thread.' }).nullable().default(null),
});
export type FlagBody = z.input<typeof FlagBody>;

export type FlagInput = z.output<typeof FlagBody>;

export const ModerationBody = z.object({
  pinned: z.boolean().optional(),
  locked: z.boolean().optional(),
  hidden: z.boolean().optional(),
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

export const FlagParams = z.object({ id: z.uuid({ error: 'Not a flag id.' }) });
