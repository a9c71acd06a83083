import { locales } from '@praxis/i18n/locales';
import { z } from 'zod';

export const Role = z.enum(['member', 'organiser', 'admin']);
export type Role = z.infer<typeof Role>;

export const Email = z
  .string({ error: 'Enter your e-mail address.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'An e-mail address has at most 254 characters.' })
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@agency.gov.' }));

/** Control characters (NUL above all, which PostgreSQL refuses) have no place in a line of text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export const PersonName = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(120, { error: 'A name has at most 120 characters.' })
  .refine((name) => !CONTROL_CHARACTERS.test(name), {
    error: 'A name cannot contain control characters.',
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
