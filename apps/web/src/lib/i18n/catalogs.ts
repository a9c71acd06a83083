import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isLocale, type Locale } from '@praxis/i18n/locales';
import { PSEUDO_LOCALE } from '@praxis/i18n/pseudo';

// Each language's catalogs are one chunk of their own, merged and parsed by the build (see
// apps/web/vite-messages.ts), fetched when that language is chosen: a French reader downloads
// no English, and no language is in the main bundle.

export type Messages = Record<string, MessageFormatElement[]>;
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

const loaders: Record<UiLocale, () => Promise<{ default: Messages }>> = {
  en: () => import('virtual:praxis-messages/en'),
  fr: () => import('virtual:praxis-messages/fr'),
  bs: () => import('virtual:praxis-messages/bs'),
  hr: () => import('virtual:praxis-messages/hr'),
  'sr-Latn': () => import('virtual:praxis-messages/sr-Latn'),
  // The pseudo-locale: English accented and 40 % longer, for untranslated or clipped text.
  [PSEUDO_LOCALE]: () => import('virtual:praxis-messages/en-XA'),
};

export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || isLocale(value);
}

const loaded = new Map<UiLocale, Messages>();

export async function loadMessages(locale: UiLocale): Promise<Messages> {
  const messages = (await loaders[locale]()).default;
  loaded.set(locale, messages);
  return messages;
}

/** The language's messages if they have arrived already, so that a first render can use them. */
export function loadedMessages(locale: UiLocale): Messages | undefined {
  return loaded.get(locale);
}
