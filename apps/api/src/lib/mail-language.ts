import type { Locale } from '@praxis/i18n/locales';
import { type Translate, translator } from '@praxis/i18n/translate';

/**
 * The language one mail is written in: its words come from the server catalogs, its lists and
 * dates from Intl in the same locale. English mails write dates the British way ("Wed 23
 * December", 18:00), as they always have.
 */
export interface MailLanguage {
  locale: Locale;
  /** BCP 47, for Intl and the mail's `<html lang>`. */
  tag: string;
  t: Translate;
  /** Names, topics or counts as the language lists them: "Ana, Ben and Chloé". */
  list(items: string[], type?: 'conjunction' | 'unit'): string;
  /** An instant as the language writes it, in a time zone (a member's, a meetup's). */
  date(at: Date, timeZone: string, format: Intl.DateTimeFormatOptions): string;
}

export function mailLanguage(locale: Locale): MailLanguage {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return {
    locale,
    tag,
    t: translator(locale),
    list: (items, type = 'conjunction') =>
      new Intl.ListFormat(tag, { style: type === 'unit' ? 'short' : 'long', type }).format(items),
    date: (at, timeZone, format) =>
      new Intl.DateTimeFormat(tag, { ...format, timeZone }).format(at),
  };
}
