import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AnonymousAs, Author } from './common.ts';

// How a post is signed, and whether it is off the record.

/**
 * Null: posted under the author's name. Else anonymous, shown as "a member of" the given cohort
 * (one the author belongs to) or, with a null cohort, "a member of the network".
 */
export const AnonymousChoice = z
  .object({
    cohortId: z.uuid({ error: msg('validation.threads.anonymousCohort') }).nullable(),
  })
  .nullable()
  .default(null);

/** Off the record (Chatham House): read inside Praxis only, never quoted by mail or export. */
export const OffRecord = z.boolean().default(false);

/** Who wrote an anonymous post, for an organiser or admin; each look is in the audit log. */
export const RevealedAuthor = z.object({ author: Author, anonymousAs: AnonymousAs });
export type RevealedAuthor = z.infer<typeof RevealedAuthor>;
