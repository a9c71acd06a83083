import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { CONTROL_CHARACTERS } from './members.ts';
import { MAX_TITLE } from './thread-rules.ts';
import { ThreadKind } from './threads.ts';

// Threads like the one being written, shown before it is posted.

export const SimilarQuery = z.object({
  title: z
    .string()
    .trim()
    .max(MAX_TITLE, { error: msg('validation.threads.titleTooLong', { max: MAX_TITLE }) })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: msg('validation.threads.titleControl'),
    }),
});

export const SimilarThread = z.object({
  id: z.uuid(),
  kind: ThreadKind,
  title: z.string(),
  replyCount: z.number(),
  solved: z.boolean(),
});
export const SimilarThreads = z.object({ threads: z.array(SimilarThread) });
export type SimilarThreads = z.infer<typeof SimilarThreads>;
