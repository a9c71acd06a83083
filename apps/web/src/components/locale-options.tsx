import { localeNames, locales } from '@praxis/i18n/locales';

/** The languages Praxis speaks, as `<option>`s, each named in itself and marked with its lang. */
export function LocaleOptions() {
  return locales.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {localeNames[locale]}
    </option>
  ));
}
