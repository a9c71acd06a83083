import { isLocale, type Locale } from '@praxis/i18n/locales';

// Each language's catalogs are one chunk of their own (merged by the build, see
// apps/web/vite-messages.ts), fetched when that language is chosen: a French reader
// downloads no English, and no language is in the main bundle.

const loaders: Record<Locale, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('virtual:praxis-messages/en'),
  fr: () => import('virtual:praxis-messages/fr'),
  bs: () => import('virtual:praxis-messages/bs'),
  hr: () => import('virtual:praxis-messages/hr'),
  'sr-Latn': () => import('virtual:praxis-messages/sr-Latn'),
};

/** The pseudo-locale: English accented and 40 % longer, for finding untranslated or clipped text. */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || isLocale(value);
}

export async function loadMessages(locale: UiLocale): Promise<Record<string, string>> {
  if (locale !== PSEUDO_LOCALE) return (await loaders[locale]()).default;
  const [{ pseudoCatalog }, english] = await Promise.all([
    import('@praxis/i18n/pseudo'),
    loaders.en(),
  ]);
  return pseudoCatalog(english.default);
}
