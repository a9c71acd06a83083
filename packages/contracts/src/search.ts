import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { ContentLanguage } from './languages.ts';
import { CONTROL_CHARACTERS } from './members.ts';
import { Tag } from './profiles.ts';
import { HandleFilter, ThreadKind, ThreadSummary } from './threads.ts';

export const SearchQuery = z.object({
  q: z
    .string({ error: msg('validation.search.queryRequired') })
    .trim()
    .min(2, { error: msg('validation.search.queryTooShort') })
    .max(200, { error: msg('validation.search.queryTooLong') })
    .refine((value) => !CONTROL_CHARACTERS.test(value), {
      error: msg('validation.search.queryControl'),
    }),
  kind: ThreadKind.optional(),
  tag: Tag.optional(),
  cohort: z.uuid({ error: msg('validation.search.cohortId') }).optional(),
  author: HandleFilter.optional(),
  solved: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** A piece of a snippet; highlighted pieces are the words that matched. */
export const SnippetPart = z.object({ text: z.string(), highlighted: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  thread: ThreadSummary,
  /** Set when the best match is in a reply rather than in the thread itself. */
  replyId: z.uuid().nullable(),
  snippet: z.array(SnippetPart),
  /** The language of the text the snippet is cut from: the reply's, or the thread's. */
  snippetLanguage: ContentLanguage,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchPage = z.object({ hits: z.array(SearchHit), nextCursor: z.string().nullable() });
export type SearchPage = z.infer<typeof SearchPage>;
