import { locales } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

export const Role = z.enum(['member', 'organiser', 'admin']);
export type Role = z.infer<typeof Role>;

export const Email = z
  .string({ error: msg('validation.members.emailRequired') })
  .trim()
  .toLowerCase()
  .max(254, { error: msg('validation.members.emailTooLong') })
  .pipe(z.email({ error: msg('validation.members.emailInvalid') }));

/** Control characters (NUL above all, which PostgreSQL refuses) have no place in a line of text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const PersonName = z
  .string({ error: msg('validation.members.nameRequired') })
  .trim()
  .min(1, { error: msg('validation.members.nameRequired') })
  .max(120, { error: msg('validation.members.nameTooLong') })
  .refine((name) => !CONTROL_CHARACTERS.test(name), {
    error: msg('validation.members.nameControl'),
  });

/** What a signed-in member knows about their own account. */
export const AccountMember = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  /** The interface language the member chose, or null to follow the browser. */
  locale: z.enum(locales).nullable(),
});
export type AccountMember = z.infer<typeof AccountMember>;
