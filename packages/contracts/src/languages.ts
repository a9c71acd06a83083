import { locales } from '@praxis/i18n/locales';
import { msg } from '@praxis/i18n/message-ref';
import { z } from 'zod';

import { LANGUAGE_CODES } from './language-codes.ts';

export { LANGUAGE_CODES } from './language-codes.ts';

const known = new Set(LANGUAGE_CODES);

export function isLanguageCode(code: string): boolean {
  return known.has(code);
}

/**
 * The language a text is written in, one of the locales Praxis speaks: search reads the text in
 * it, and the page marks it so that screen readers switch voice.
 */
export const ContentLanguage = z.enum(locales, { error: msg('validation.common.contentLanguage') });
export type ContentLanguage = z.infer<typeof ContentLanguage>;
