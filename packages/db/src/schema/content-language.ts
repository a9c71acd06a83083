import type { Locale } from '@praxis/i18n/locales';
import { text } from 'drizzle-orm/pg-core';

/**
 * The language a text is written in (a locale of @praxis/i18n): search reads it with the matching
 * text-search configuration, and the page marks it up with `lang` so screen readers switch voice.
 * Rows written before texts had a language are taken as English.
 */
export const contentLanguage = () => text().$type<Locale>().notNull().default('en');
