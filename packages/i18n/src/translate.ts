import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.ts';
import { type MessageValues, parseMsg } from './message-ref.ts';
import { type ServerMessageId, serverCatalogs } from './server-catalogs.ts';

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: string, values?: MessageValues): string | null {
  const message = serverCatalogs[locale][key] ?? serverCatalogs.en[key];
  if (message === undefined) return null;
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = compiled.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale);
    compiled.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

/** A message of the API's catalogs in `locale` (English where a locale lacks it). */
export function translate(locale: Locale, key: ServerMessageId, values?: MessageValues): string {
  return format(locale, key, values) ?? key;
}

/** A translator bound to one language, for a mail or a document written in it. */
export function translator(locale: Locale) {
  return (key: ServerMessageId, values?: MessageValues) => translate(locale, key, values);
}
export type Translate = ReturnType<typeof translator>;

/**
 * Text that may be a `msg(…)` reference, as an error or a field message carries it, in `locale`;
 * any other text is returned as it is.
 */
export function formatMsg(locale: Locale, text: string): string {
  const ref = parseMsg(text);
  if (!ref) return text;
  return format(locale, ref.key, ref.values) ?? text;
}
