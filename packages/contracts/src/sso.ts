import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';
import { AccountMember } from './members.ts';

/**
 * Whether the sign-in page offers the organisation's sign-in, and the label the operator gave its
 * button; without one, the page words the button itself in the reader's language.
 */
export const SsoOptions = z.object({ enabled: z.boolean(), buttonLabel: z.string().nullable() });
export type SsoOptions = z.infer<typeof SsoOptions>;

export const SsoStartQuery = z.object({
  /** Where to go once signed in: a path of this site; anything else is ignored. */
  next: z.string().max(2000).optional(),
});

/** The query string the identity provider sent the browser back with, passed on as it is. */
export const SsoCallbackBody = z.object({
  query: z
    .string({ error: msg('validation.sso.answerMissing') })
    .min(1, { error: msg('validation.sso.answerMissing') })
    .max(8000, { error: msg('validation.sso.answerTooLong') }),
});
export type SsoCallbackBody = z.infer<typeof SsoCallbackBody>;

export const SsoSignedIn = z.object({
  member: AccountMember,
  /** True when this sign-in accepted an invitation and created the account. */
  joined: z.boolean(),
  /** The path to open next. */
  next: z.string(),
});
export type SsoSignedIn = z.infer<typeof SsoSignedIn>;
